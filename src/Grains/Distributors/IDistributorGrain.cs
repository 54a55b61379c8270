namespace NrcGame.Grains.Distributors;

/// <summary>
/// One distributor of a game (an intermediated channel; keyed by <see cref="DistributorKey"/>): the
/// listing decisions it made for each firm, the trade terms each firm granted it, and its margin,
/// turn after turn. The game grain hands it its part of each resolution. Its full view (every firm)
/// is the teacher's; a firm sees only its own line.
/// </summary>
public interface IDistributorGrain : Games.IErasableGrain
{
    /// <summary>
    /// Stores the distributor's part of a resolved turn. Receiving the same turn again (a retried
    /// resolution) overwrites it: there is never more than one entry per turn.
    /// </summary>
    Task RecordTurn(DistributorTurn turn);

    /// <summary>Forgets <paramref name="turn"/> and every later turn (the teacher rolled it back). Idempotent.</summary>
    Task ForgetFrom(int turn);

    /// <summary>Every resolved turn, oldest first.</summary>
    Task<IReadOnlyList<DistributorTurn>> GetTurns();

    /// <summary>The distributor after <paramref name="turn"/>, with its margin on every brand; null when the turn is not resolved.</summary>
    Task<DistributorView?> GetView(int turn);

    /// <summary>One firm's listing, terms and the margin it left the distributor, per resolved turn, oldest first.</summary>
    Task<IReadOnlyList<DistributorFirmView>> GetFirmHistory(string firmId);
}

/// <summary>Builds distributor grain keys: <c>{gameId}/{channelId}</c>.</summary>
public static class DistributorKey
{
    /// <summary>The key of the distributor of channel <paramref name="channelId"/> in game <paramref name="gameId"/>.</summary>
    public static string Of(string gameId, string channelId) => $"{gameId}/{channelId}";
}
