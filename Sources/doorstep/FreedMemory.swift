#if canImport(Glibc)
import Glibc
#endif

/// Lets glibc's allocator keep up to 16 MiB of freed memory at the top of an arena rather than hand the pages back
/// to the kernel and ask for them again on every request: under load the writer's thread otherwise spent about a
/// twentieth of its time in `madvise`, and intake rose a fifth without it (`docs/decisions/0049-…`). The cost is at
/// most that much resident memory per arena that once held it.
enum FreedMemory {
    static func keptNearby() {
        #if canImport(Glibc)
        // `mallopt` and its options live in <malloc.h>, which Swift's Glibc module leaves out: found by name, with
        // M_TRIM_THRESHOLD's value.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let found = dlsym(nil, "mallopt") else { return }
        let trimThreshold: Int32 = -1
        _ = unsafeBitCast(found, to: Mallopt.self)(trimThreshold, 16 << 20)
        #endif
    }
}
