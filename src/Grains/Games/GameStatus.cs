namespace NrcGame.Grains.Games;

/// <summary>Where a game stands in its life.</summary>
public enum GameStatus
{
    /// <summary>The game does not exist (no one created it under this id).</summary>
    None,

    /// <summary>A turn is open: teams save and submit decisions.</summary>
    TurnOpen,

    /// <summary>All turns have been played.</summary>
    Finished,
}
