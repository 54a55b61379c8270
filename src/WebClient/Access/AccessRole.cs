namespace NrcGame.WebClient.Access;

/// <summary>Who a token speaks for.</summary>
public enum AccessRole
{
    /// <summary>The teacher (animateur) who runs one game.</summary>
    Teacher,

    /// <summary>A student of one firm (team) of one game.</summary>
    Student,

    /// <summary>The classroom projector: reads the public view of one game, nothing else.</summary>
    Projector,

    /// <summary>
    /// The teacher of a tournament (the grant's game id is the tournament id): teacher of every market of that
    /// tournament, and runs the tournament's turns for all markets at once.
    /// </summary>
    TournamentTeacher,
}
