using System.Text.RegularExpressions;

namespace NrcGame.Scenarios;

/// <summary>
/// The scenarios a server offers: the shipped files of <c>scenarios/</c> and the teachers' copies of an optional
/// folder. Loading never throws for a bad file: each invalid file is left out and its French errors are kept in
/// <see cref="Errors"/>, so one bad file hides no other. A teacher's copy gets a new id and is written to the
/// teachers' folder only; it can never replace a shipped scenario. Thread-safe.
/// </summary>
public sealed partial class ScenarioLibrary
{
    private const string Extension = ".json";
    private const string SchemaSuffix = ".schema.json";

    private readonly Lock gate = new();
    private readonly string? teacherFolder;
    private readonly List<LoadedScenario> scenarios = [];
    private readonly List<ScenarioError> errors = [];

    private ScenarioLibrary(string? teacherFolder) => this.teacherFolder = teacherFolder;

    /// <summary>Valid scenarios, shipped first, each group in file-name order.</summary>
    public IReadOnlyList<LoadedScenario> Scenarios
    {
        get { lock (gate) return scenarios.ToList(); }
    }

    /// <summary>French errors of the files left out.</summary>
    public IReadOnlyList<ScenarioError> Errors
    {
        get { lock (gate) return errors.ToList(); }
    }

    /// <summary>Loads every <c>*.json</c> (except <c>*.schema.json</c>) of <paramref name="shippedFolder"/>, then of <paramref name="teacherFolder"/> when given.</summary>
    public static ScenarioLibrary Load(string shippedFolder, string? teacherFolder = null)
    {
        var library = new ScenarioLibrary(teacherFolder);
        library.LoadFolder(shippedFolder, ScenarioSource.Shipped);
        if (teacherFolder is not null) library.LoadFolder(teacherFolder, ScenarioSource.Teacher);
        return library;
    }

    /// <summary>The scenario with this id, or null.</summary>
    public LoadedScenario? Find(string id)
    {
        lock (gate) return scenarios.FirstOrDefault(scenario => scenario.Id == id);
    }

    /// <summary>
    /// Saves <paramref name="document"/> (validated again) as a teacher's copy under a new id derived from
    /// <paramref name="baseId"/> (<c>marche-standard-copie</c>, <c>marche-standard-copie-2</c>…), in the teachers' folder.
    /// </summary>
    public ScenarioResult<LoadedScenario> SaveTeacherCopy(ScenarioDocument document, string baseId)
    {
        if (teacherFolder is null)
            return Refuse(baseId, "aucun dossier n'est configuré pour les copies des professeurs : la copie ne peut pas être enregistrée.");
        lock (gate)
        {
            var id = FreeId(baseId);
            var copy = document with { Market = document.Market with { Id = id } };
            var fileName = id + Extension;
            var validation = ScenarioValidator.Validate(copy, fileName);
            if (validation.Count > 0) return ScenarioResult<LoadedScenario>.Failure(validation);
            Directory.CreateDirectory(teacherFolder);
            var path = Path.Combine(teacherFolder, fileName);
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream))
                writer.Write(ScenarioJson.Write(copy));
            var loaded = new LoadedScenario(id, ScenarioSource.Teacher, copy);
            scenarios.Add(loaded);
            return ScenarioResult<LoadedScenario>.Success(loaded);
        }
    }

    private void LoadFolder(string folder, ScenarioSource source)
    {
        if (!Directory.Exists(folder)) return;
        var files = Directory.GetFiles(folder, "*" + Extension)
            .Where(path => !path.EndsWith(SchemaSuffix, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var fileName = Path.GetFileName(path);
            var id = Path.GetFileNameWithoutExtension(path);
            if (scenarios.Any(scenario => scenario.Id == id))
            {
                errors.Add(new ScenarioError(fileName, "", $"un scénario livré porte déjà l'identifiant « {id} » : une copie ne peut pas le remplacer, renommez le fichier."));
                continue;
            }
            var result = ReadFile(path, fileName);
            if (result.Value is { } document) scenarios.Add(new LoadedScenario(id, source, document));
            else errors.AddRange(result.Errors);
        }
    }

    private static ScenarioResult<ScenarioDocument> ReadFile(string path, string fileName)
    {
        try
        {
            if (new FileInfo(path).Length > ScenarioImport.MaxBytes)
                return ScenarioImport.TooLarge(fileName);
            return ScenarioJson.Read(File.ReadAllText(path), fileName);
        }
        catch (IOException exception)
        {
            return Refuse<ScenarioDocument>(fileName, $"le fichier ne peut pas être lu ({exception.Message}).");
        }
        catch (UnauthorizedAccessException)
        {
            return Refuse<ScenarioDocument>(fileName, "le fichier ne peut pas être lu (droits d'accès insuffisants).");
        }
    }

    /// <summary>The first free id of the form <c>{base}-copie</c>, <c>{base}-copie-2</c>…, never a shipped or existing one.</summary>
    private string FreeId(string baseId)
    {
        var stem = NotIdCharacters().Replace(baseId.Trim().ToLowerInvariant(), "-").Trim('-');
        stem = (stem.Length == 0 ? "scenario" : stem) + "-copie";
        var taken = scenarios.Select(scenario => scenario.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidate = stem;
        for (var number = 2; taken.Contains(candidate) || File.Exists(Path.Combine(teacherFolder!, candidate + Extension)); number++)
            candidate = $"{stem}-{number}";
        return candidate;
    }

    private static ScenarioResult<LoadedScenario> Refuse(string id, string reason) => Refuse<LoadedScenario>(id + Extension, reason);

    private static ScenarioResult<T> Refuse<T>(string file, string reason) where T : class =>
        ScenarioResult<T>.Failure([new ScenarioError(file, "", reason)]);

    [GeneratedRegex("[^a-z0-9_-]+")]
    private static partial Regex NotIdCharacters();
}
