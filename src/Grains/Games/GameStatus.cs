namespace NrcGame.Grains.Games;

/// <summary>Where a game stands in its life: lobby → turn open (⇄ paused) → … → finished.</summary>
public enum GameStatus
{
    /// <summary>The game does not exist (no one created it under this id).</summary>
    None,

    /// <summary>Created: teams join with their codes; the teacher starts the first turn.</summary>
    Lobby,

    /// <summary>A turn is open: teams save and submit decisions until it is closed or its deadline passes.</summary>
    TurnOpen,

    /// <summary>The open turn is on hold: no submission, the countdown is frozen.</summary>
    Paused,

    /// <summary>All turns have been played.</summary>
    Finished,
}
