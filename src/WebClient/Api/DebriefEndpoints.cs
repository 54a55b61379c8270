using NrcGame.Debrief;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>
/// The debrief: a team's decisions explained (causes, concept cards, écarts), « Et si… ? » replays
/// that never alter the game, and the teacher's exports. Computed on demand by re-running the engine.
/// </summary>
public static class DebriefEndpoints
{
    /// <summary>
    /// Maps <c>/api/games/{gameId}/firms/{firmId}/debrief</c>, <c>…/what-if</c>, the justifications and annotations
    /// (<see cref="TurnNoteEndpoints"/>), the class debrief <c>/api/games/{gameId}/debrief</c> and <c>/api/games/{gameId}/export.*</c>.
    /// </summary>
    public static void MapDebriefEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapTurnNoteEndpoints();
        var firm = api.MapGroup("/games/{gameId}/firms/{firmId}").RequireAuthorization(GameAccessPolicies.FirmReader);
        firm.MapGet("/debrief", async (string gameId, string firmId, IGrainFactory grains) =>
        {
            var played = await grains.GetGrain<IGameGrain>(gameId).GetPlayedTurns();
            var edits = await EditsOf(grains, gameId, firmId);
            var comments = await TurnNoteEndpoints.CommentsOf(grains, gameId, firmId);
            return Results.Ok(TeamDebrief.Build(firmId, played.Select(turn => turn.Input).ToList(), played.Select(turn => turn.Outcome).ToList(), edits, comments));
        });
        firm.MapPost("/what-if", async (string gameId, string firmId, HttpRequest request, IGrainFactory grains) =>
        {
            var (body, error) = await JsonBody.ReadAsync<WhatIfRequest>(request);
            if (error is not null) return error;
            var played = await grains.GetGrain<IGameGrain>(gameId).GetPlayedTurns();
            if (body!.Turn < 1 || body.Turn > played.Count)
                return ApiError.Invalid("turn", $"Trimestre : {body.Turn} n'a pas encore été joué (trimestres joués : 1 à {played.Count}).");
            var input = played[body.Turn - 1].Input;
            if (!input.Firms.TryGetValue(firmId, out var entry)) return ApiError.NotFound("Entreprise introuvable dans cette partie.");
            try
            {
                var changed = DecisionFieldEdit.With(entry.Decisions, body.Path ?? "", body.Value ?? "");
                return Results.Ok(WhatIfReplay.Run(input, firmId, changed));
            }
            catch (ArgumentException exception)
            {
                return ApiError.Invalid("path", exception.Message);
            }
        });

        var game = api.MapGroup("/games/{gameId}").RequireAuthorization(GameAccessPolicies.Teacher);
        game.MapGet("/debrief", async (string gameId, IGrainFactory grains) => Results.Ok(ClassDebrief.Build(await HistoriesOf(grains, gameId))));
        game.MapGet("/export.csv", async (string gameId, IGrainFactory grains) =>
            Results.File(CsvExport.Write(GameTables.Game(await HistoriesOf(grains, gameId))), "text/csv; charset=utf-8", $"nrcgame-{gameId}.csv"));
        game.MapGet("/export.xlsx", async (string gameId, IGrainFactory grains) =>
            Results.File(XlsxExport.Write(GameTables.All(await HistoriesOf(grains, gameId))),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"nrcgame-{gameId}.xlsx"));
    }

    private static async Task<IReadOnlyList<TeamHistory>> HistoriesOf(IGrainFactory grains, string gameId)
    {
        var game = grains.GetGrain<IGameGrain>(gameId);
        var played = await game.GetPlayedTurns();
        var inputs = played.Select(turn => turn.Input).ToList();
        var outcomes = played.Select(turn => turn.Outcome).ToList();
        var histories = new List<TeamHistory>();
        foreach (var team in (await game.GetSummary()).Teams)
            histories.Add(TeamHistory.From(team.FirmId, inputs, outcomes, await EditsOf(grains, gameId, team.FirmId),
                await TurnNoteEndpoints.CommentsOf(grains, gameId, team.FirmId)) with { TeamName = team.Name });
        return histories;
    }

    private static async Task<IReadOnlyList<DecisionEdit>> EditsOf(IGrainFactory grains, string gameId, string firmId) =>
        (await grains.GetGrain<IFirmGrain>(FirmKey.Of(gameId, firmId)).GetHistory())
            .Select(record => new DecisionEdit(record.Turn, record.Author, record.At, record.Action == DecisionAction.Withdrawn))
            .ToList();
}
