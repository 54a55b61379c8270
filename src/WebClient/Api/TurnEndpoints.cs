using NrcGame.Grains.Games;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>The teacher's control of the turns: start, countdown, pause, resolve, roll back.</summary>
public static class TurnEndpoints
{
    /// <summary>Maps <c>/api/games/{gameId}/…</c> turn commands; all are teacher-only and answer with the new public view.</summary>
    public static void MapTurnEndpoints(this IEndpointRouteBuilder api)
    {
        var game = api.MapGroup("/games/{gameId}").RequireAuthorization(GameAccessPolicies.Teacher);
        game.MapPost("/start", (string gameId, HttpRequest request, IGrainFactory grains) =>
            WithCountdown(request, grains, gameId, (grain, body) => grain.Start(body.Duration)));
        game.MapPut("/countdown", (string gameId, HttpRequest request, IGrainFactory grains) =>
            WithCountdown(request, grains, gameId, (grain, body) => grain.SetCountdown(body.Duration)));
        game.MapPost("/countdown/extend", (string gameId, HttpRequest request, IGrainFactory grains) =>
            WithCountdown(request, grains, gameId, (grain, body) => grain.ExtendCountdown(body.Duration ?? TimeSpan.Zero)));
        game.MapPost("/pause", (string gameId, IGrainFactory grains) => Run(grains, gameId, grain => grain.Pause()));
        game.MapPost("/resume", (string gameId, IGrainFactory grains) => Run(grains, gameId, grain => grain.Resume()));
        game.MapPost("/turns/current/resolve", (string gameId, string? turn, IGrainFactory grains) => Resolve(grains, gameId, turn));
        game.MapPost("/turns/last/rollback", (string gameId, IGrainFactory grains) => Run(grains, gameId, grain => grain.RollBackLastTurn()));
    }

    /// <summary>
    /// Resolves the open quarter; with <c>?turn=N</c> (what the console sends) only quarter N, so that the same click
    /// sent twice never resolves two quarters.
    /// </summary>
    private static Task<IResult> Resolve(IGrainFactory grains, string gameId, string? turn)
    {
        if (turn is null) return Run(grains, gameId, grain => grain.CloseAndResolveTurn());
        return int.TryParse(turn, out var number) && number > 0
            ? Run(grains, gameId, grain => grain.ResolveTurn(number))
            : Task.FromResult(ApiError.Invalid("turn", "Trimestre : le numéro du trimestre à résoudre doit être un entier positif."));
    }

    private static async Task<IResult> WithCountdown(HttpRequest request, IGrainFactory grains, string gameId, Func<IGameGrain, CountdownRequest, Task<CommandResult>> command)
    {
        var (body, error) = await JsonBody.ReadAsync<CountdownRequest>(request);
        return error ?? await Run(grains, gameId, grain => command(grain, body!));
    }

    private static async Task<IResult> Run(IGrainFactory grains, string gameId, Func<IGameGrain, Task<CommandResult>> command)
    {
        var game = grains.GetGrain<IGameGrain>(gameId);
        var result = await command(game);
        return result.IsAccepted ? Results.Ok(await game.GetSummary()) : ApiError.From(result, stateConflict: result.Errors.Any(e => e.Field is "status" or "turn"));
    }
}
