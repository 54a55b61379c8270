using System.Globalization;

namespace NrcGame.LoadTest;

/// <summary>
/// What to simulate, from the command line (<c>--games 100 --teams 8 --students 2 --turns 2 --window 20 --ports 5170</c>).
/// <paramref name="WindowSeconds"/>: each turn, every student submits at a random moment within this
/// many seconds after the turn opens, as a class does during a lesson; 0 makes every student of every
/// class submit at the same instant (a burst that measures throughput rather than latency).
/// <paramref name="FirstPort"/>: the app listens on it and the next two (HTTP, silo, gateway), the floor server on the fourth.
/// <paramref name="Heap"/> (<c>--heap 1</c>): also report the app's live managed heap before and after the games (<see cref="HeapReport"/>).
/// <paramref name="Staggered"/> (<c>--stagger 1</c>): each class opens its first turn at a random moment of the first window
/// instead of all at once, as classes of a school do; by default every class starts together, so that their turns end
/// (and their teachers resolve) within the same few seconds: the worst case.
/// </summary>
internal sealed record LoadTestOptions(int Games, int Teams, int StudentsPerTeam, int Turns, int WindowSeconds, int FirstPort, bool Heap, bool Staggered)
{
    /// <summary>Longest wait for any single step (a request, a push) before the run fails.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Classes that play <see cref="WarmUpTurns"/> turns before the measured ones: enough resolutions for the paths run
    /// once per resolution to be optimized before the measure. The JIT recompiles a method optimized once it has
    /// counted 30 calls (twice with its profiling stage), but it starts counting only after 100 ms without compiling
    /// a new method: so a warm-up played in one go, compiling all along, left the counting — and the recompilation of
    /// the whole resolution path — to the first measured resolutions (a tenth of the app's CPU in the first burst).
    /// The warm-up pauses after <see cref="WarmUpPausesAfterTurns"/> so that the following turns are counted.
    /// </summary>
    public const int WarmUpClasses = 16;

    /// <summary>Turns each warm-up class plays (the scenario's eight).</summary>
    public const int WarmUpTurns = 8;

    /// <summary>The warm-up turns after which every class waits <see cref="WarmUpSettling"/> (and after the last).</summary>
    public static readonly IReadOnlySet<int> WarmUpPausesAfterTurns = new HashSet<int> { 2, 5, WarmUpTurns };

    /// <summary>Submission window of the warm-up turns, in seconds.</summary>
    public const int WarmUpWindowSeconds = 2;

    /// <summary>Pause within and after the warm-up and after the setup, for the JIT to start counting calls and to finish its background compilations.</summary>
    public static readonly TimeSpan WarmUpSettling = TimeSpan.FromSeconds(3);

    /// <summary>SignalR clients per game: every student, the teacher and the projector.</summary>
    public int ClientsPerGame => Teams * StudentsPerTeam + 2;

    /// <summary>Parses <c>--name value</c> pairs; unknown names or values out of bounds throw.</summary>
    public static LoadTestOptions Parse(string[] args)
    {
        var values = new Dictionary<string, int> { ["games"] = 25, ["teams"] = 8, ["students"] = 2, ["turns"] = 2, ["window"] = 20, ["ports"] = 5170, ["heap"] = 0, ["stagger"] = 0 };
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i].TrimStart('-');
            if (!values.ContainsKey(name) || i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                throw new ArgumentException($"Usage: loadtest [--games N] [--teams N] [--students N] [--turns N] [--window SECONDS] [--ports FIRST] [--heap 0|1] [--stagger 0|1]; could not read '{args[i]}'.");
            values[name] = value;
        }

        var options = new LoadTestOptions(values["games"], values["teams"], values["students"], values["turns"], values["window"], values["ports"], values["heap"] == 1, values["stagger"] == 1);
        if (options.Games is < 1 or > 1000 || options.Teams is < 2 or > 16 || options.StudentsPerTeam is < 1 or > 10 || options.Turns is < 1 or > 8 || options.WindowSeconds is < 0 or > 300
            || options.FirstPort is < 1024 or > 65532 || values["heap"] is not (0 or 1) || values["stagger"] is not (0 or 1))
            throw new ArgumentException("Bounds: 1-1000 games, 2-16 teams, 1-10 students per team, 1-8 turns, a window of 0-300 s, ports 1024-65535, heap 0 or 1, stagger 0 or 1.");
        return options;
    }
}
