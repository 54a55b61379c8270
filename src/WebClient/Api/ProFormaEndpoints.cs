using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>
/// The pro-forma of a team's shared draft, for its students while they decide: computed by the engine's own
/// cost code (<see cref="ProForma.Compute"/>) from the firm's state entering the open turn, never the market outcome.
/// </summary>
public static class ProFormaEndpoints
{
    /// <summary>Maps <c>GET /api/games/{gameId}/firms/{firmId}/pro-forma</c>.</summary>
    public static void MapProFormaEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/games/{gameId}/firms/{firmId}/pro-forma", async (string gameId, string firmId, IGrainFactory grains) =>
        {
            var game = grains.GetGrain<IGameGrain>(gameId);
            var summary = await game.GetSummary();
            if (summary.Status == GameStatus.Finished)
                return ApiError.Conflict([new("status", "La partie est terminée : plus de décisions, donc plus de pro-forma.")]);
            var firm = grains.GetGrain<IFirmGrain>(FirmKey.Of(gameId, firmId));
            if (await game.GetScenario() is not { } scenario || await firm.GetDraft() is not { } draft)
                return ApiError.NotFound("Entreprise introuvable dans cette partie.");
            FirmTurnEntry entry;
            try
            {
                entry = await firm.GetTurnEntry(draft.Turn);
            }
            catch (InvalidOperationException)
            {
                return ApiError.Conflict([new("turn", $"Trimestre {draft.Turn} : il vient d'être résolu, rechargez les décisions du trimestre suivant.")]);
            }
            var reps = entry.State.Reps.Select(rep => new RepSummary(rep.Id, rep.Status, rep.TenureQuarters)).ToList();
            var errors = DecisionRules.Validate(scenario, draft.Decisions, entry.State);
            var proForma = errors.Count == 0 ? ProForma.Compute(scenario, draft.Turn, entry.State, draft.Decisions, summary.Teams.Count) : null;
            return Results.Ok(new ProFormaView(draft.Turn, draft.Version, errors, proForma, reps));
        }).RequireAuthorization(GameAccessPolicies.FirmStudent);
    }
}
