namespace NrcGame.Security.Tests;

/// <summary>Everyone who may knock on the door of game A, firm X, or of tournament T, whose market 1 is game A (the targets of every call).</summary>
public enum Caller
{
    /// <summary>No token.</summary>
    Anonymous,

    /// <summary>A student of firm X of game A.</summary>
    StudentOfTheFirm,

    /// <summary>A student of firm Y, another firm of game A.</summary>
    StudentOfAnotherFirm,

    /// <summary>A student of a firm of game B.</summary>
    StudentOfAnotherGame,

    /// <summary>The teacher of game A.</summary>
    TeacherOfTheGame,

    /// <summary>The teacher of game B.</summary>
    TeacherOfAnotherGame,

    /// <summary>The projector of game A.</summary>
    Projector,

    /// <summary>The teacher of tournament T (game A is its market 1).</summary>
    TeacherOfTheTournament,

    /// <summary>The teacher of tournament U (other markets).</summary>
    TeacherOfAnotherTournament,
}
