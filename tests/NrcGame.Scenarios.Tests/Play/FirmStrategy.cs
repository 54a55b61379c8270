namespace NrcGame.Scenarios.Tests;

/// <summary>How a scripted bot firm plays.</summary>
public enum FirmStrategy
{
    /// <summary>Low prices, big purchases, little communication.</summary>
    Discounter,

    /// <summary>High prices, heavy media and sponsorship, trained reps.</summary>
    Premium,

    /// <summary>Hires reps, pays commission and stimulation, sells through the field.</summary>
    HeavySalesforce,

    /// <summary>Never changes the reference decisions it started with.</summary>
    Passive,
}
