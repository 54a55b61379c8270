namespace NrcGame.Debrief.Tests.Support;

/// <summary>
/// A standard market with symmetric firms at their reference decisions, played turn by turn; a script changes the
/// decisions before a given turn. Every input and outcome is kept, as the game's storage would.
/// </summary>
internal sealed class ScriptedGame
{
    public const ulong Seed = 7UL;

    private readonly Dictionary<string, FirmState> states;
    private readonly Dictionary<string, FirmDecisions> decisions;

    public ScriptedGame(int firmCount = 3, Func<MarketScenario, MarketScenario>? tune = null)
    {
        Scenario = (tune ?? (scenario => scenario))(ScenarioFactory.Standard(territoryCount: 2, repsPerFirm: 6));
        Ids = Enumerable.Range(1, firmCount).Select(index => $"f{index}").ToList();
        var starts = ScenarioStart.InitialStates(Scenario, Ids);
        states = starts.ToDictionary(pair => pair.Key, pair => pair.Value.State);
        decisions = starts.ToDictionary(pair => pair.Key, pair => pair.Value.Decisions);
    }

    public MarketScenario Scenario { get; }

    public List<string> Ids { get; }

    public List<TurnInput> Inputs { get; } = [];

    public List<TurnOutcome> Outcomes { get; } = [];

    /// <summary>Decisions a firm starts from (reference decisions).</summary>
    public FirmDecisions Reference(string firm = "f1") => decisions[firm];

    /// <summary>Changes a firm's decisions from the next turn on.</summary>
    public ScriptedGame Change(string firm, Func<FirmDecisions, FirmDecisions> change)
    {
        decisions[firm] = change(decisions[firm]);
        return this;
    }

    /// <summary>Plays one turn with the current decisions.</summary>
    public ScriptedGame Play()
    {
        var input = new TurnInput(Scenario, Inputs.Count + 1, Seed, Ids.ToDictionary(id => id, id => new FirmTurnInput(states[id], decisions[id])));
        var outcome = TurnResolver.Resolve(input);
        foreach (var id in Ids) states[id] = outcome.Firms[id].NextState;
        Inputs.Add(input);
        Outcomes.Add(outcome);
        return this;
    }

    /// <summary>Plays <paramref name="turns"/> turns without changes.</summary>
    public ScriptedGame Play(int turns)
    {
        for (var turn = 0; turn < turns; turn++) Play();
        return this;
    }

    public TurnInput Input(int turn) => Inputs[turn - 1];

    public FirmTurnResult Result(int turn, string firm = "f1") => Outcomes[turn - 1].Firms[firm];

    /// <summary>The firm's history as the debrief reads it.</summary>
    public TeamHistory History(string firm = "f1", IReadOnlyList<DecisionEdit>? edits = null) => TeamHistory.From(firm, Inputs, Outcomes, edits ?? []);
}
