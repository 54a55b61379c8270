namespace NrcGame.Security.Tests;

/// <summary>Everyone who may knock on the door of game A, firm X (the target of every call).</summary>
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
}
