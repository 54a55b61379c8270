using NrcGame.Grains.Games;

namespace NrcGame.Grains.Tests;

public sealed class TurnClockTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_countdown_expires_at_its_deadline_not_before()
    {
        var clock = new TurnClock();
        clock.Start(Nine, TimeSpan.FromMinutes(20));

        Assert.Equal(Nine.AddMinutes(20), clock.Deadline);
        Assert.False(clock.HasExpired(Nine.AddMinutes(19).AddSeconds(59)));
        Assert.True(clock.HasExpired(Nine.AddMinutes(20)));
    }

    [Fact]
    public void Pausing_freezes_the_time_left_and_resuming_restarts_it()
    {
        var clock = new TurnClock();
        clock.Start(Nine, TimeSpan.FromMinutes(20));

        clock.Pause(Nine.AddMinutes(5));
        Assert.Null(clock.Deadline);
        Assert.Equal(TimeSpan.FromMinutes(15), clock.RemainingWhenPaused);
        Assert.False(clock.HasExpired(Nine.AddHours(3)));

        clock.Extend(TimeSpan.FromMinutes(2));
        clock.Resume(Nine.AddMinutes(40));
        Assert.Equal(Nine.AddMinutes(57), clock.Deadline);
        Assert.Null(clock.RemainingWhenPaused);
    }

    [Fact]
    public void Stopping_returns_to_manual_mode()
    {
        var clock = new TurnClock();
        clock.Start(Nine, TimeSpan.FromMinutes(1));
        clock.Stop();

        Assert.False(clock.IsRunning);
        Assert.False(clock.HasExpired(Nine.AddDays(1)));
    }
}
