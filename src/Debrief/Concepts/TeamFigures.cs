namespace NrcGame.Debrief;

/// <summary>Figures of a firm's turn the concept rules share, read from the engine's result.</summary>
internal static class TeamFigures
{
    /// <summary>Average motivation of the reps who worked the turn (0 without reps).</summary>
    public static double AverageMotivation(FirmTurnResult result) =>
        result.SalesTeam.Reps.Count == 0 ? 0 : result.SalesTeam.Reps.Average(rep => rep.Motivation);

    /// <summary>Average satisfaction of the reps who worked the turn (0 without reps).</summary>
    public static double AverageSatisfaction(FirmTurnResult result) =>
        result.SalesTeam.Reps.Count == 0 ? 0 : result.SalesTeam.Reps.Average(rep => rep.Satisfaction);

    /// <summary>Reps who quit during the turn.</summary>
    public static int Quits(FirmTurnResult result) => result.SalesTeam.Reps.Count(rep => rep.Departure == DepartureReason.Quit);

    /// <summary>Whether a contract is salaried with a fixed salary decided by the firm (field, inside, VRP exclusif).</summary>
    public static bool HasFixedSalary(RepStatus status) => status is RepStatus.FieldRep or RepStatus.InsideSales or RepStatus.VrpExclusive;

    /// <summary>Whether a contract is an external salesforce (VRP multicarte, agent commercial).</summary>
    public static bool IsExternal(RepStatus status) => status is RepStatus.VrpMulticarte or RepStatus.Agent;

    /// <summary>French name of a contract.</summary>
    public static string StatusName(RepStatus status) => status switch
    {
        RepStatus.FieldRep => "commercial terrain salarié",
        RepStatus.InsideSales => "commercial sédentaire",
        RepStatus.VrpExclusive => "VRP exclusif",
        RepStatus.VrpMulticarte => "VRP multicarte",
        RepStatus.Agent => "agent commercial",
        _ => status.ToString(),
    };

    /// <summary>French name of a management style.</summary>
    public static string StyleName(ManagementStyle style) => style switch
    {
        ManagementStyle.Directive => "directif",
        ManagementStyle.Persuasive => "persuasif",
        ManagementStyle.Participative => "participatif",
        ManagementStyle.Delegative => "délégatif",
        _ => style.ToString(),
    };

    /// <summary>DV of a channel in the turn (0 when the channel is not reported).</summary>
    public static double Dv(FirmTurnResult result, string channel) =>
        result.Dashboard.Distribution.FirstOrDefault(cell => cell.Channel == channel)?.Dv ?? 0;

    /// <summary>Economic outlook of a turn in the scenario (1 when not given, as in the engine).</summary>
    public static double Outlook(MarketScenario scenario, int turn) =>
        turn >= 1 && turn <= scenario.Outlook.Count ? scenario.Outlook[turn - 1] : 1.0;
}
