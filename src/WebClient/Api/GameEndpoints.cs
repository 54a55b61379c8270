using System.Security.Cryptography;
using NrcGame.Grains.Games;
using NrcGame.Scenarios;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>Creating a game and reading its public view and market.</summary>
public static class GameEndpoints
{
    /// <summary>Maps <c>/api/scenarios</c> and <c>/api/games/*</c>.</summary>
    public static void MapGameEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/scenarios", (ScenarioCatalog catalog) => Results.Ok(catalog.List())).AllowAnonymous();
        api.MapGet("/scenarios/{scenarioId}", (string scenarioId, ScenarioCatalog catalog) =>
            catalog.Find(scenarioId) is { } scenario
                ? Results.Text(ScenarioJson.Write(scenario.Document), "application/json; charset=utf-8")
                : ApiError.NotFound("Scénario introuvable.")).AllowAnonymous();
        api.MapPost("/scenarios", ImportScenario).AllowAnonymous().RequireRateLimiting(JoinRateLimiting.Policy)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ScenarioImport.MaxBytes + 1));
        api.MapPost("/games", CreateGame).AllowAnonymous().RequireRateLimiting(JoinRateLimiting.Policy);
        var game = api.MapGroup("/games/{gameId}");
        game.MapGet("", async (string gameId, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IGameGrain>(gameId).GetSummary())).RequireAuthorization(GameAccessPolicies.Member);
        game.MapPost("/projector-token", (string gameId, AccessTokenService tokens) =>
            Results.Ok(new TokenResponse(tokens.Issue(new AccessGrant(AccessRole.Projector, gameId, null, "Projecteur")), gameId, null, null)))
            .RequireAuthorization(GameAccessPolicies.Teacher);
        game.MapGet("/market", async (string gameId, IGrainFactory grains) =>
            await grains.GetGrain<IGameGrain>(gameId).GetScenario() is { } scenario
                ? Results.Ok(MarketBrief.Of(scenario))
                : ApiError.NotFound("Partie introuvable.")).RequireAuthorization(GameAccessPolicies.Member);
    }

    /// <summary>
    /// Imports a teacher's scenario (the JSON of an exported one, changed): validated with French
    /// messages naming file, field, value and range; saved as a new teacher copy, never over a shipped one.
    /// </summary>
    private static async Task<IResult> ImportScenario(HttpRequest request, ScenarioCatalog catalog)
    {
        var fileName = request.Query["fichier"].FirstOrDefault() is { Length: > 0 and <= 100 } name ? Path.GetFileName(name) : "scenario.json";
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        var text = System.Text.Encoding.UTF8.GetString(body.ToArray());
        if (Security.InputShape.CheckScenario(text) is { Count: > 0 } problems) return ApiError.Invalid(problems);
        var imported = ScenarioImport.FromText(fileName, text);
        if (imported.Value is not { } document) return ScenarioErrors(imported.Errors);
        var baseId = Path.GetFileNameWithoutExtension(fileName);
        var saved = catalog.Library.SaveTeacherCopy(document, string.IsNullOrWhiteSpace(baseId) ? "copie" : baseId);
        return saved.Value is { } copy ? Results.Ok(new { copy.Id, copy.Document.Title }) : ScenarioErrors(saved.Errors);
    }

    private static IResult ScenarioErrors(IReadOnlyList<ScenarioError> errors) =>
        ApiError.Invalid(errors.Select(error => new FieldError(error.Path.Length == 0 ? "fichier" : error.Path, error.Message)).ToList());

    /// <summary>Fewest turns a game may have (the scenario rules' range).</summary>
    public const int MinTurns = 6;

    /// <summary>Most turns a game may have.</summary>
    public const int MaxTurns = 12;

    /// <summary>The scenario's market with the teacher's number of turns (checked against the scenario rules), or why not.</summary>
    internal static (Market.MarketScenario Market, string? Error) WithTurnCount(Market.MarketScenario market, int? turnCount)
    {
        if (turnCount is not { } turns) return (market, null);
        if (turns is < MinTurns or > MaxTurns) return (market, $"Nombre de trimestres : {turns} est hors de la plage autorisée ({MinTurns} à {MaxTurns}).");
        var changed = ParameterChanges.Apply(market, [new ParameterChange("turnCount", System.Text.Json.JsonSerializer.SerializeToElement(turns))], "partie");
        return changed.Value is { } value
            ? (value, null)
            : (market, $"Nombre de trimestres : {turns} ne convient pas à ce scénario ({string.Join(" ; ", changed.Errors.Select(error => error.Message))}).");
    }

    private static async Task<IResult> CreateGame(HttpRequest request, IGrainFactory grains, ScenarioCatalog catalog, AccessTokenService tokens)
    {
        var (body, error) = await JsonBody.ReadAsync<CreateGameRequest>(request);
        if (error is not null) return error;
        var scenario = catalog.Find(body!.ScenarioId ?? "");
        if (scenario is null) return ApiError.Invalid("scenarioId", "Scénario : choisissez un des scénarios proposés.");

        var document = scenario.Document;
        var (market, turnCountError) = WithTurnCount(document.Market, body.TurnCount);
        if (turnCountError is not null) return ApiError.Invalid("turnCount", turnCountError);

        var gameId = GameIds.New();
        var seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(sizeof(ulong)));
        var duration = body.TurnMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : (TimeSpan?)null;
        var setup = new GameSetup(body.Title ?? "", scenario.Id, document.Title, market, body.TeamNames ?? [], seed, document.Events, duration,
            body.Scoring?.ToWeights(), body.CatchUp?.ToRule(), body.Bots?.Select(bot => bot.ToSeat()).ToList());
        var creation = await grains.GetGrain<IGameGrain>(gameId).Create(setup);
        if (!creation.Result.IsAccepted) return ApiError.Invalid(creation.Result.Errors);

        var teacherToken = tokens.Issue(new AccessGrant(AccessRole.Teacher, gameId, null, "Enseignant·e"));
        return Results.Ok(new GameCreatedResponse(gameId, creation.TeacherKey, teacherToken, creation.Teams));
    }
}
