namespace NrcGame.Grains.Access;

/// <summary>
/// One team join code, keyed by the code's hash (<see cref="AccessSecret.Hash"/>) so that the
/// code itself is never a grain key, a log line or a storage row.
/// </summary>
public interface IJoinCodeGrain : Games.IErasableGrain
{
    /// <summary>Binds the code to a firm of a game. Called once, by the game that issued the code.</summary>
    Task Register(TeamSeat seat);

    /// <summary>The firm this code lets a student join, or null for an unknown or revoked code.</summary>
    Task<TeamSeat?> Resolve();

    /// <summary>Makes the code useless (the teacher issued a new one); tokens already issued stay valid until they expire.</summary>
    Task Revoke();
}

/// <summary>A seat a join code opens: one firm of one game.</summary>
[GenerateSerializer, Immutable]
public sealed record TeamSeat([property: Id(0)] string GameId, [property: Id(1)] string FirmId, [property: Id(2)] string FirmName);
