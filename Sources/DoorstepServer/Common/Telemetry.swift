import Metrics
import Prometheus

/// The process's metrics registry. swift-metrics allows one bootstrap per process, so it happens once, the first
/// time an application is built.
enum Telemetry {
    static let registry = PrometheusCollectorRegistry()

    private static let bootstrapped: Void = {
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    }()

    static func bootstrap() {
        _ = bootstrapped
    }
}
