using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;
using NrcGame.Scenarios;

namespace NrcGame.Grains.Tests;

/// <summary>
/// Below the web layer, a grain called with missing values (a null decision, rubric, list or list
/// item, a null event card or parameter change) answers with a French message naming the field and
/// changes nothing — never a NullReferenceException.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NullInputTests(ClusterFixture fixture)
{
    private async Task<(IGameGrain Game, FirmDecisions Standing)> StartedGameAsync()
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        await game.Create(new GameSetup("Classe de BTS NRC 1", "standard", "Marché standard", ScenarioFactory.Standard(), ["Alpha", "Bêta"], Seed: 42));
        Assert.True((await game.Start(null)).IsAccepted);
        var standing = await fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), "f1")).GetDecisions();
        return (game, standing!.Decisions);
    }

    public static TheoryData<string, string> MissingParts => new()
    {
        { "decisions", "Décisions : absentes" },
        { "pricing", "Prix et conditions de vente : valeur manquante" },
        { "pricing.listPrice", "Prix catalogue HT : valeur manquante" },
        { "staffing.hires[0]", "Embauches : l'élément 1 est vide" },
        { "staffing.dismissals[0]", "Licenciements : l'élément 1 est vide" },
        { "allocation.default[0].territory", "Répartition par défaut : le secteur de la ligne 1 est manquant" },
        { "promotion.trade", "Trade marketing : valeur manquante" },
        { "studies", "Études de marché : valeur manquante" },
    };

    [Theory]
    [MemberData(nameof(MissingParts))]
    public async Task Decisions_with_a_missing_part_are_refused_in_french_naming_the_field(string field, string message)
    {
        var (game, standing) = await StartedGameAsync();
        var decisions = field switch
        {
            "decisions" => null!,
            "pricing" => standing with { Pricing = null! },
            "pricing.listPrice" => standing with { Pricing = standing.Pricing with { ListPrice = null! } },
            "staffing.hires[0]" => standing with { Staffing = standing.Staffing with { Hires = [null!] } },
            "staffing.dismissals[0]" => standing with { Staffing = standing.Staffing with { Dismissals = [null!] } },
            "allocation.default[0].territory" => standing with { Allocation = standing.Allocation with { Default = [new TimeAllocation(null!, "GSA", 0.5)] } },
            "promotion.trade" => standing with { Promotion = standing.Promotion with { Trade = null! } },
            _ => standing with { Studies = null! },
        };

        var result = await game.SubmitDecisions("f1", 1, decisions, "Camille");

        Assert.False(result.IsAccepted);
        Assert.Contains(result.Errors, error => error.Field == field && error.Message.StartsWith(message, StringComparison.Ordinal));
        Assert.False((await game.GetSummary()).Teams[0].HasSubmitted);
    }

    [Fact]
    public async Task A_missing_event_card_or_parameter_change_is_refused_in_french()
    {
        var (game, _) = await StartedGameAsync();
        var audit = (await game.GetAudit()).Count;

        var card = await game.PlayCustomEventCard(null!);
        var changes = await game.ChangeParameters([ParameterChange.Multiply("segments[*].potential[*]", 1.1), null!], "Rentrée");
        var noChanges = await game.ChangeParameters(null!, "Rentrée");

        Assert.Equal("card", Assert.Single(card.Errors).Field);
        Assert.Equal("changes[1]", Assert.Single(changes.Errors).Field);
        Assert.Contains("le changement 2 est vide", changes.Errors[0].Message);
        Assert.Equal("changes", Assert.Single(noChanges.Errors).Field);
        Assert.Equal(audit, (await game.GetAudit()).Count);

        var preview = await game.GetPreviewBasis([ParameterChange.Multiply("segments[*].potential[*]", 1.1), null!]);
        Assert.Equal("changes[1]", Assert.Single(preview.Result.Errors).Field);
        Assert.Null(preview.Current);
        var nothingProposed = await game.GetPreviewBasis(null!);
        Assert.True(nothingProposed.Result.IsAccepted);
        Assert.NotNull(nothingProposed.Current);
        Assert.Null(nothingProposed.Proposed);
    }
}
