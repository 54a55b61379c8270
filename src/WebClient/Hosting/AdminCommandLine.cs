using NrcGame.Grains.Games;
using NrcGame.Silo.Hosting;
using NrcGame.Silo.Storage;

namespace NrcGame.WebClient.Hosting;

/// <summary>
/// The administrator's commands of the app, run instead of the web server:
/// <c>dotnet NrcGame.WebClient.dll admin &lt;commande&gt; … [--NrcGame:DataFolder=…]</c>
/// (or <c>dotnet run --project src/WebClient -- admin …</c>). They read the same settings as the app
/// (appsettings.json, <c>NrcGame__…</c> variables, <c>--NrcGame:…</c> arguments) and print in French.
/// </summary>
public static class AdminCommandLine
{
    /// <summary>The first argument that selects the administration commands.</summary>
    public const string Verb = "admin";

    /// <summary>Prints a new teacher key of a game whose key is lost; the old key is revoked.</summary>
    public const string NewTeacherKey = "nouvelle-cle-enseignant";

    /// <summary>Copies the SQLite file of the running (or stopped) app into a new backup file.</summary>
    public const string Backup = "sauvegarde";

    /// <summary>Puts a backup file back as the database of a data folder that has none (app stopped).</summary>
    public const string Restore = "restauration";

    private const string Usage = """
        Commandes d'administration de NRC Game :
          admin nouvelle-cle-enseignant <identifiant-de-partie>
              crée une nouvelle clé enseignant (affichée une fois) et révoque l'ancienne ; en mode
              embarqué, arrêtez d'abord l'application (la commande ouvre elle-même le fichier de données).
          admin sauvegarde <fichier>
              copie le fichier de données dans <fichier> (nouveau), même pendant une partie.
          admin restauration <fichier>
              remet la sauvegarde <fichier> comme fichier de données d'un dossier qui n'en a pas ;
              application arrêtée.
        Réglages comme pour l'application, par exemple --NrcGame:DataFolder=/srv/nrcgame
        """;

    /// <summary>True when <paramref name="args"/> ask for an administration command rather than the web server.</summary>
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Verb;

    /// <summary>Runs the command of <paramref name="args"/>; 0 when done, 1 when it failed (message printed), 2 for a usage error.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var words = args.Skip(1).Where(arg => !arg.StartsWith("--", StringComparison.Ordinal)).ToList();
        var settings = args.Skip(1).Where(arg => arg.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var builder = Host.CreateApplicationBuilder(settings);
        var options = builder.Configuration.GetSection(NrcGameHostingOptions.SectionName).Get<NrcGameHostingOptions>() ?? new NrcGameHostingOptions();
        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
        try
        {
            return words switch
            {
                [NewTeacherKey, var gameId] => await ReissueTeacherKeyAsync(builder, options, gameId),
                [Backup or Restore, _] when options.Mode == NrcGameMode.Cluster =>
                    Fail("Mode cluster : l'état des parties est dans PostgreSQL ; sauvegardez-le avec pg_dump et restaurez-le avec pg_restore.", 1),
                [Backup, var target] => Done($"Sauvegarde terminée : {Path.GetFullPath(target)} ({SqliteBackup.Backup(options.DatabasePath, target)} lignes d'état, contrôle d'intégrité réussi)."),
                [Restore, var backup] => RestoreInto(options, backup),
                _ => Fail(Usage, 2),
            };
        }
        catch (Exception exception) when (exception is DataFolderInUseException or SqliteBackupException)
        {
            return Fail(exception.Message, 1);
        }
    }

    private static async Task<int> ReissueTeacherKeyAsync(HostApplicationBuilder builder, NrcGameHostingOptions options, string gameId)
    {
        if (!Api.GameIds.IsWellFormed(gameId)) return Fail($"Identifiant de partie « {gameId} » : il ne ressemble pas à un identifiant de partie.", 1);
        var teacherKey = await WithGrainsAsync(builder, options, grains => grains.GetGrain<IGameGrain>(gameId).ReissueTeacherKey());
        if (teacherKey is null) return Fail($"Aucune partie « {gameId} » dans {options.DataFolderFullPath}.", 1);
        Console.WriteLine($"Nouvelle clé enseignant de la partie {gameId} : {teacherKey}");
        Console.WriteLine("Notez-la maintenant : elle n'est affichée qu'une fois. L'ancienne clé ne permet plus de se connecter.");
        return 0;
    }

    /// <summary>
    /// Runs <paramref name="use"/> against the grains: in embedded mode a silo of this process on the data
    /// folder (locked, so never next to a running app), in cluster mode a client of the running cluster.
    /// </summary>
    private static async Task<T> WithGrainsAsync<T>(HostApplicationBuilder builder, NrcGameHostingOptions options, Func<IGrainFactory, Task<T>> use)
    {
        builder.AddNrcGameOrleans(options);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            return await use(host.Services.GetRequiredService<IGrainFactory>());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static int RestoreInto(NrcGameHostingOptions options, string backup)
    {
        using var folderLock = DataFolderLock.Acquire(options.DataFolderFullPath);
        var rows = SqliteBackup.Restore(backup, options.DatabasePath);
        return Done($"Restauration terminée : {options.DatabasePath} ({rows} lignes d'état). Démarrez l'application ; les enseignants et les équipes se reconnectent avec leur clé et leur code.");
    }

    private static int Done(string message)
    {
        Console.WriteLine(message);
        return 0;
    }

    private static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine(message);
        return exitCode;
    }
}
