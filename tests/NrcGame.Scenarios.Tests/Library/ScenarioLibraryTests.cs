using System.Text;

namespace NrcGame.Scenarios.Tests;

public sealed class ScenarioLibraryTests : IDisposable
{
    private readonly string shipped = Directory.CreateTempSubdirectory("nrc-shipped-").FullName;
    private readonly string teachers = Directory.CreateTempSubdirectory("nrc-teachers-").FullName;

    public ScenarioLibraryTests()
    {
        File.WriteAllText(Path.Combine(shipped, "marche-standard.json"), StandardFile.Text);
        File.Copy(Path.Combine(Repository.ScenariosFolder, "scenario.schema.json"), Path.Combine(shipped, "scenario.schema.json"));
    }

    public void Dispose()
    {
        Directory.Delete(shipped, recursive: true);
        Directory.Delete(teachers, recursive: true);
    }

    [Fact]
    public void Shipped_and_teacher_scenarios_are_told_apart_and_the_schema_is_not_a_scenario()
    {
        File.WriteAllText(Path.Combine(teachers, "ma-copie.json"), StandardFile.Text);

        var library = ScenarioLibrary.Load(shipped, teachers);

        Assert.Empty(library.Errors);
        Assert.Equal([("marche-standard", ScenarioSource.Shipped), ("ma-copie", ScenarioSource.Teacher)], library.Scenarios.Select(scenario => (scenario.Id, scenario.Source)));
    }

    [Fact]
    public void A_teacher_copy_gets_a_new_id_in_the_teachers_folder_and_never_touches_the_shipped_file()
    {
        var library = ScenarioLibrary.Load(shipped, teachers);
        var document = library.Find("marche-standard")!.Document with { Title = "Ma version" };

        var first = library.SaveTeacherCopy(document, "marche-standard").Value!;
        var second = library.SaveTeacherCopy(document, "marche-standard").Value!;

        Assert.Equal(("marche-standard-copie", ScenarioSource.Teacher), (first.Id, first.Source));
        Assert.Equal("marche-standard-copie-2", second.Id);
        Assert.Equal("marche-standard-copie", first.Document.Market.Id);
        Assert.Equal(StandardFile.Text, File.ReadAllText(Path.Combine(shipped, "marche-standard.json")));
        Assert.True(File.Exists(Path.Combine(teachers, "marche-standard-copie-2.json")));
        var reloaded = ScenarioLibrary.Load(shipped, teachers);
        Assert.Equal("Ma version", reloaded.Find("marche-standard-copie")!.Document.Title);
    }

    [Fact]
    public void An_invalid_copy_is_not_saved()
    {
        var library = ScenarioLibrary.Load(shipped, teachers);
        var document = library.Find("marche-standard")!.Document with { Goal = "" };

        var result = library.SaveTeacherCopy(document, "marche-standard");

        Assert.Contains(result.Errors, error => error.Path == "goal");
        Assert.Empty(Directory.GetFiles(teachers));
    }

    [Fact]
    public void Without_a_teachers_folder_a_copy_is_refused()
    {
        var library = ScenarioLibrary.Load(shipped);

        var result = library.SaveTeacherCopy(library.Find("marche-standard")!.Document, "marche-standard");

        Assert.Contains("aucun dossier", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_teacher_file_named_like_a_shipped_scenario_is_refused()
    {
        File.WriteAllText(Path.Combine(teachers, "marche-standard.json"), StandardFile.Text);

        var library = ScenarioLibrary.Load(shipped, teachers);

        Assert.Equal(ScenarioSource.Shipped, library.Find("marche-standard")!.Source);
        Assert.Contains("scénario livré", Assert.Single(library.Errors).Message);
    }

    [Fact]
    public void An_oversized_file_in_a_folder_is_refused()
    {
        File.WriteAllText(Path.Combine(shipped, "enorme.json"), new string(' ', ScenarioImport.MaxBytes + 1));

        var library = ScenarioLibrary.Load(shipped);

        Assert.Contains("enorme.json : le fichier dépasse la taille maximale de 1024 Ko.", library.Errors.Select(error => error.Message));
    }

    [Fact]
    public void An_uploaded_text_is_imported_and_exported_unchanged()
    {
        var imported = ScenarioImport.FromText("import.json", StandardFile.Text);

        var exported = ScenarioJson.Write(imported.Value!);

        Assert.Equal(exported, ScenarioJson.Write(ScenarioImport.FromText("export.json", exported).Value!));
    }

    [Fact]
    public void An_oversized_upload_is_refused()
    {
        var result = ScenarioImport.FromText("gros.json", StandardFile.Text + new string(' ', ScenarioImport.MaxBytes));

        Assert.Contains("taille maximale", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task An_uploaded_stream_is_read_up_to_the_limit()
    {
        var valid = await ScenarioImport.FromStreamAsync("ok.json", new MemoryStream(Encoding.UTF8.GetBytes(StandardFile.Text)));
        var oversized = await ScenarioImport.FromStreamAsync("gros.json", new MemoryStream(new byte[ScenarioImport.MaxBytes + 10]));
        var binary = await ScenarioImport.FromStreamAsync("image.json", new MemoryStream([0xFF, 0xFE, 0x00, 0xC3]));

        Assert.True(valid.IsValid);
        Assert.Contains("taille maximale", Assert.Single(oversized.Errors).Message);
        Assert.Contains("UTF-8", Assert.Single(binary.Errors).Message);
    }

    [Fact]
    public void An_invalid_upload_gives_its_errors()
    {
        var result = ScenarioImport.FromText("import.json", BrokenScenarios.All["negative-price"].Text);

        Assert.Contains(result.Errors, error => error.Path == "segments[B2B_PRO].referencePrice");
    }
}
