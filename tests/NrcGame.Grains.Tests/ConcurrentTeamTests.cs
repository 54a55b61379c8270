using System.Text.Json;
using System.Text.Json.Nodes;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>
/// Several students of one team act at the same moment (many tasks on the cluster client, as the
/// web front-ends do for their browsers): every field edit lands, and parallel submissions leave
/// exactly one submission in force, whole, recorded and resolved.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ConcurrentTeamTests(ClusterFixture fixture)
{
    private static readonly string[] Students = ["Camille", "Yanis", "Inès", "Hugo"];

    private static JsonNode? ValueAt(FirmDecisions decisions, string path) =>
        path.Split('.').Aggregate((JsonNode?)JsonSerializer.SerializeToNode(decisions, SerializationConfiguration.MarketJson), (node, segment) => node?[segment]);

    private static string Json(FirmDecisions decisions) => JsonSerializer.Serialize(decisions, SerializationConfiguration.MarketJson);

    [Fact]
    public async Task Students_of_one_team_editing_and_submitting_at_once_lose_no_field_and_leave_one_submission()
    {
        var scenario = ScenarioFactory.Standard();
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        await game.Create(new GameSetup("Concurrence", "standard", "Marché standard", scenario, ["A", "B"], 5));
        await game.Start(null);
        var firm = fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), "f1"));

        // Every student edits other fields, all at once: 4 × 9 distinct fields.
        var edits = scenario.Segments.SelectMany((segment, s) => new[]
            {
                ($"pricing.listPrice.{segment.Id}", (segment.ReferencePrice + 1 + s).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ($"promotion.media.{segment.Id}", (5000 + 100 * s).ToString()),
                ($"promotion.directMarketing.{segment.Id}", (700 + 10 * s).ToString()),
                ($"purchases.{segment.Id}", (900 + s).ToString()),
            })
            .Concat(scenario.Channels.Select((channel, c) => ($"pricing.discount.{channel.Id}", (0.05m + 0.01m * c).ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Concat([("remuneration.commissionRate", "0.04"), ("remuneration.bonus", "1500"), ("remuneration.quota", "160000"), ("staffing.trainingDaysPerRep", "2")])
            .ToList();
        var now = fixture.Time.GetUtcNow();
        var results = await Task.WhenAll(edits.Select((edit, i) =>
            Task.Run(() => firm.EditDraft(1, edit.Item1, edit.Item2, Students[i % Students.Length], now))));

        Assert.All(results, result => Assert.Null(result.Error));
        var draft = (await firm.GetDraft())!;
        Assert.Equal(edits.Count, draft.Version);
        Assert.Equal(edits.Select(edit => edit.Item1).Order(), draft.Fields.Keys.Order());
        foreach (var (path, value) in edits)
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(value), ValueAt(draft.Decisions, path)), $"{path} lost its value {value}");

        // Every student submits the shared draft at once, each with another payment term.
        var variants = Enumerable.Range(0, 2 * Students.Length)
            .Select(i => (Author: Students[i % Students.Length], Decisions: draft.Decisions with { Pricing = draft.Decisions.Pricing with { PaymentTermsDays = 30 + i } }))
            .ToList();
        var submissions = await Task.WhenAll(variants.Select(variant =>
            Task.Run(() => game.SubmitDecisions("f1", 1, variant.Decisions, variant.Author))));

        Assert.All(submissions, submission => Assert.True(submission.IsAccepted));
        var inForce = (await firm.GetDecisions())!;
        Assert.True(inForce.Submitted);
        var history = await firm.GetHistory();
        Assert.Equal(variants.Count, history.Count(record => record.Action == DecisionAction.Submitted));
        var last = history[^1];
        // The submission in force is one whole variant (no mix of two), the last one recorded, by its author.
        Assert.Single(variants, variant => Json(variant.Decisions) == Json(inForce.Decisions));
        Assert.Equal((Json(last.Decisions), last.Author), (Json(inForce.Decisions), inForce.SubmittedBy));
        foreach (var (path, value) in edits)
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(value), ValueAt(inForce.Decisions, path)), $"{path} is missing from the submission in force");
        Assert.Equal([true, false], (await game.GetSummary()).Teams.Select(team => team.HasSubmitted));

        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        var records = await firm.GetTurnRecords();
        Assert.Single(records);
        Assert.Equal(Json(inForce.Decisions), Json(records[0].Entry.Decisions));
    }
}
