using System.Data.Common;

namespace NrcGame.Grains;

/// <summary>
/// The database holding the grain state (SQLite embedded, PostgreSQL in a cluster) could not be read or
/// written: the call changed nothing durable and can be tried again when the database is back. Thrown by
/// the grain storage in place of the driver's exception, so that every caller (other grains, the web
/// front-ends) receives it — Orleans cannot serialize the drivers' exceptions — and recognises it.
/// </summary>
[GenerateSerializer]
public sealed class DatabaseUnavailableException : Exception
{
    /// <summary>What the users are told, in French.</summary>
    public const string FrenchMessage = "La base de données est momentanément indisponible, réessayez dans un instant.";

    /// <summary>
    /// Stands for the storage failure <paramref name="cause"/>, keeping only its text for the logs: the driver's
    /// exception itself stays in the silo (Orleans cannot send it to a caller, and the silo logged it already).
    /// </summary>
    public DatabaseUnavailableException(Exception cause)
        : base($"Database unavailable: {cause.GetBaseException().Message}")
    {
    }

    /// <summary>
    /// True when <paramref name="failure"/> or one of its inner exceptions is a database failure: this type
    /// or a driver's <see cref="DbException"/>.
    /// </summary>
    public static bool IsCauseOf(Exception? failure)
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            if (current is DatabaseUnavailableException or DbException) return true;
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsCauseOf)) return true;
        }

        return false;
    }
}
