namespace NrcGame.WebClient.Access;

/// <summary>What a signed token grants: a role in one game (or one tournament), for one firm when a student.</summary>
/// <param name="Role">Teacher, student, projector or tournament teacher.</param>
/// <param name="GameId">The game the token is valid for; the tournament for <see cref="AccessRole.TournamentTeacher"/>.</param>
/// <param name="FirmId">The student's firm; null for the teacher.</param>
/// <param name="DisplayName">The name shown to teammates (display names are the only personal data kept).</param>
public sealed record AccessGrant(AccessRole Role, string GameId, string? FirmId, string DisplayName);
