using System.Text.Json.Serialization;

namespace NrcGame.Grains.Games;

/// <summary>
/// The countdown of the open turn in timed mode: a deadline, frozen as a remaining duration while
/// the game is paused. Persisted with the game so that a restart re-arms it (its private setters
/// are included in the stored JSON).
/// </summary>
[GenerateSerializer]
public sealed class TurnClock
{
    /// <summary>Longest countdown a teacher may set: a school day.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(8);

    /// <summary>When the open turn closes by itself; null in manual mode or while paused.</summary>
    [Id(0), JsonInclude] public DateTimeOffset? Deadline { get; private set; }

    /// <summary>Time left when the game was paused with a countdown running.</summary>
    [Id(1), JsonInclude] public TimeSpan? RemainingWhenPaused { get; private set; }

    /// <summary>True when a countdown is running (not paused).</summary>
    public bool IsRunning => Deadline is not null;

    /// <summary>Starts a countdown of <paramref name="duration"/> from <paramref name="now"/>.</summary>
    public void Start(DateTimeOffset now, TimeSpan duration)
    {
        Deadline = now + duration;
        RemainingWhenPaused = null;
    }

    /// <summary>Adds <paramref name="extra"/> to the running or paused countdown.</summary>
    public void Extend(TimeSpan extra)
    {
        if (Deadline is { } deadline) Deadline = deadline + extra;
        else if (RemainingWhenPaused is { } remaining) RemainingWhenPaused = remaining + extra;
    }

    /// <summary>Freezes the countdown.</summary>
    public void Pause(DateTimeOffset now)
    {
        if (Deadline is not { } deadline) return;
        RemainingWhenPaused = deadline > now ? deadline - now : TimeSpan.Zero;
        Deadline = null;
    }

    /// <summary>Restarts a frozen countdown where it stopped.</summary>
    public void Resume(DateTimeOffset now)
    {
        if (RemainingWhenPaused is not { } remaining) return;
        Deadline = now + remaining;
        RemainingWhenPaused = null;
    }

    /// <summary>Back to manual mode: no countdown.</summary>
    public void Stop()
    {
        Deadline = null;
        RemainingWhenPaused = null;
    }

    /// <summary>True once a running countdown has reached its deadline.</summary>
    public bool HasExpired(DateTimeOffset now) => Deadline is { } deadline && now >= deadline;
}
