using System.Diagnostics;
using Npgsql;

namespace NrcGame.Testing;

/// <summary>
/// A real PostgreSQL server owned by the tests: <c>initdb</c> in a fresh temp folder, <c>pg_ctl start</c>
/// on a free loopback port, stopped and deleted on dispose. It can also be stopped and started again on the
/// same data and port (<see cref="StopAsync"/>, <see cref="StartAgainAsync"/>), as an outage of the database. PostgreSQL refuses to run as root, so
/// under root the server runs as the <c>postgres</c> system user. A missing PostgreSQL installation
/// throws: tests fail, they are never skipped.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string User = "nrcgame";
    private readonly string _binaries;
    private readonly string _folder;
    private readonly bool _asPostgresUser = Environment.UserName == "root";
    private bool _running;

    private PostgresServer(string binaries, string folder, int port)
    {
        _binaries = binaries;
        _folder = folder;
        Port = port;
    }

    /// <summary>The port the server listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>Initializes a cluster in a temp folder and starts the server on a free port.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer(FindBinaries(), Directory.CreateTempSubdirectory("nrcgame-pg-").FullName, FreePorts.Next());
        await server.InitializeAndStartAsync();
        return server;
    }

    /// <summary>A connection string to <paramref name="database"/> on this server, with an optional schema search path.</summary>
    public string ConnectionString(string database = "postgres", string? schema = null) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = User,
            Database = database,
            SearchPath = schema,
            Pooling = true,
        }.ToString();

    /// <summary>Runs <paramref name="sql"/> in the <c>postgres</c> database (e.g. <c>CREATE DATABASE</c>).</summary>
    public async Task ExecuteAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Stops the server (<c>pg_ctl stop -m fast</c>: open connections are closed, committed data stays in the
    /// data folder), as a database outage would.
    /// </summary>
    public async Task StopAsync()
    {
        await RunAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "stop");
        _running = false;
    }

    /// <summary>Starts the server stopped by <see cref="StopAsync"/> again, on the same data folder and port.</summary>
    public Task StartAgainAsync() => StartServerAsync();

    /// <summary>Stops the server at once and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_running) await RunAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    private string DataFolder => Path.Combine(_folder, "data");

    private async Task InitializeAndStartAsync()
    {
        if (_asPostgresUser) await RunAsync("/usr/bin/chown", "postgres", _folder);
        await RunAsync("initdb", "-D", DataFolder, "-U", User, "--auth=trust", "--encoding=UTF8", "--no-sync", "--no-instructions");
        await StartServerAsync();
    }

    private async Task StartServerAsync()
    {
        var settings = $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300";
        await RunAsync("pg_ctl", "-D", DataFolder, "-o", settings, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start");
        _running = true;
    }

    private async Task RunAsync(string program, params string[] arguments)
    {
        var executable = program.StartsWith('/') ? program : Path.Combine(_binaries, program);
        var info = new ProcessStartInfo(_asPostgresUser && !program.StartsWith('/') ? "/usr/sbin/runuser" : executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_asPostgresUser && !program.StartsWith('/'))
        {
            foreach (var argument in new[] { "-u", "postgres", "--", executable }) info.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{executable} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await errors}");
    }

    private static string FindBinaries()
    {
        var root = new DirectoryInfo("/usr/lib/postgresql");
        var binaries = root.Exists
            ? root.GetDirectories().Select(version => Path.Combine(version.FullName, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb"))).OrderByDescending(bin => bin, StringComparer.Ordinal).FirstOrDefault()
            : null;
        return binaries ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found under /usr/lib/postgresql/<version>/bin (Debian: apt-get install postgresql).");
    }
}
