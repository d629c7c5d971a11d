extension Principal {
    /// Who may record answers at the door and read results: those who run surveys (`manageServices`) and those who
    /// register households (`editRegistry`: grid workers and the office), since both already find households by
    /// their address.
    public var mayRecordSurveyAnswers: Bool { can(.manageServices) || can(.editRegistry) }
}
