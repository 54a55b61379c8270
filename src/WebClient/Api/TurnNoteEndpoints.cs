using NrcGame.Debrief;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>
/// The written side of the debrief: a team justifies its main decisions of a turn (its students only), the teacher
/// annotates the team's turn (the teacher only). Each save is a new version kept with who and when.
/// </summary>
public static class TurnNoteEndpoints
{
    /// <summary>Maps <c>PUT /api/games/{gameId}/firms/{firmId}/justifications/{turn}</c> and <c>…/annotations/{turn}</c>.</summary>
    public static void MapTurnNoteEndpoints(this IEndpointRouteBuilder api)
    {
        var firm = api.MapGroup("/games/{gameId}/firms/{firmId}");
        firm.MapPut("/justifications/{turn:int}", (string gameId, string firmId, int turn, HttpRequest request, IGrainFactory grains, TimeProvider time) =>
            Write(TurnNoteKind.Justification, gameId, firmId, turn, request, grains, time)).RequireAuthorization(GameAccessPolicies.FirmStudent);
        firm.MapPut("/annotations/{turn:int}", (string gameId, string firmId, int turn, HttpRequest request, IGrainFactory grains, TimeProvider time) =>
            Write(TurnNoteKind.Annotation, gameId, firmId, turn, request, grains, time)).RequireAuthorization(GameAccessPolicies.Teacher);
    }

    /// <summary>Every saved version of a firm's notes, as the debrief reads them.</summary>
    public static async Task<IReadOnlyList<TurnComment>> CommentsOf(IGrainFactory grains, string gameId, string firmId) =>
        (await grains.GetGrain<IFirmGrain>(FirmKey.Of(gameId, firmId)).GetNotes()).Select(Comment).ToList();

    private static async Task<IResult> Write(TurnNoteKind kind, string gameId, string firmId, int turn, HttpRequest request, IGrainFactory grains, TimeProvider time)
    {
        var (body, error) = await JsonBody.ReadAsync<TurnNoteRequest>(request);
        if (error is not null) return error;
        var summary = await grains.GetGrain<IGameGrain>(gameId).GetSummary();
        if (summary.Teams.All(team => team.FirmId != firmId)) return ApiError.NotFound("Entreprise introuvable dans cette partie.");
        var note = new TurnNoteRecord(turn, kind, body!.Text ?? "", AccessClaims.ToGrant(request.HttpContext.User)!.DisplayName, time.GetUtcNow());
        var result = await grains.GetGrain<IFirmGrain>(FirmKey.Of(gameId, firmId)).WriteNote(note, summary.Status == GameStatus.Finished);
        return result.IsAccepted ? Results.Ok(Comment(note with { Text = note.Text.Trim() })) : ApiError.From(result);
    }

    private static TurnComment Comment(TurnNoteRecord note) =>
        new(note.Turn, note.Kind == TurnNoteKind.Justification ? TurnCommentKind.Justification : TurnCommentKind.Annotation, note.Text, note.Author, note.At);
}
