/// Why the loop refused a step.
public enum CaseFlowError: Error, Sendable, Equatable {
    /// This actor may not take this step on this case (not the handler, not staff …).
    case notPermitted
    /// The step does not apply in the case's present state.
    case notInState(CaseState)
    /// The check must be made by someone other than the one who handled the case.
    case checkerIsHandler
    /// A field of the step is missing or wrong.
    case invalid([FieldError])
}
