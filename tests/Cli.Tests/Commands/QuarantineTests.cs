using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class QuarantineTests
{
    [Fact]
    public void A_refused_file_keeps_its_name_is_listed_and_once_fixed_goes_back_to_the_inbox_and_loads()
    {
        using var sample = new TempDataDir();
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("sample", "--out", sample.Path, "--from", "2024-01", "--to", "2024-01", "--seed", "3").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        var inbox = Directory.CreateDirectory(Path.Combine(data.Path, "inbox")).FullName;
        const string population = "population_202401.csv";
        // Population before the facility register: every row names an unknown facility, so the file is refused.
        File.Copy(Path.Combine(sample.Path, population), Path.Combine(inbox, population));
        Assert.Equal(1, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        var day = Directory.GetDirectories(Path.Combine(data.Path, "quarantine")).Single();
        Assert.Matches(@"\d{4}-\d{2}-\d{2}$", day);
        Assert.True(File.Exists(Path.Combine(day, population)));
        var listed = CorrRun.Run("etl", "quarantine", "--data", data.Path);
        Assert.Equal(0, listed.ExitCode);
        Assert.Matches($@"{population}\s+│\s+population\s+│\s+2024-01\s+│[^│]+│\s+1\s+│", listed.Output);
        Assert.Contains("1 file(s) in", listed.Output);
        Assert.Contains("Quarantined files: 1 (corr etl quarantine)", CorrRun.Run("status", "--data", data.Path).Output);

        foreach (var file in Directory.GetFiles(sample.Path).Where(f => Path.GetFileName(f) != population && !f.EndsWith(".json")))
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        File.Copy(Path.Combine(sample.Path, population), Path.Combine(inbox, population));
        var busy = CorrRun.Run("etl", "retry", population, "--data", data.Path);
        Assert.Equal(1, busy.ExitCode);
        Assert.Contains($"the inbox already holds a file named '{population}'", busy.Error);
        File.Delete(Path.Combine(inbox, population));
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode); // the register is in now

        var retry = CorrRun.Run("etl", "retry", population, "--data", data.Path);
        Assert.Equal(0, retry.ExitCode);
        Assert.Contains($"{population}: back in the inbox", retry.Output);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.Contains("The quarantine is empty", CorrRun.Run("etl", "quarantine", "--data", data.Path).Output);
        Assert.Contains("Quarantined files: 0 (corr etl quarantine)", CorrRun.Run("status", "--data", data.Path).Output);
        var unknown = CorrRun.Run("etl", "retry", "nothing.csv", "--data", data.Path);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no file 'nothing.csv' is in the quarantine", unknown.Error);
    }

    [Fact]
    public void A_file_refused_for_its_name_goes_back_under_a_name_the_inbox_takes_and_loads()
    {
        using var sample = new TempDataDir();
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("sample", "--out", sample.Path, "--from", "2024-01", "--to", "2024-01", "--seed", "3").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        var inbox = Directory.CreateDirectory(Path.Combine(data.Path, "inbox")).FullName;
        const string sent = "Население 2024-01.csv";
        foreach (var file in Directory.GetFiles(sample.Path).Where(f => !f.EndsWith(".json")))
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file) == "population_202401.csv" ? sent : Path.GetFileName(file)));
        Assert.Equal(1, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        var all = CorrRun.Run("etl", "retry", "--all", "--as", "population_202401.csv", "--data", data.Path);
        Assert.Equal(2, all.ExitCode);
        Assert.Contains("--as renames one file", all.Error);
        var wrong = CorrRun.Run("etl", "retry", sent, "--as", "population_2024-01.csv", "--data", data.Path);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--as population_2024-01.csv: the name 'population_2024-01.csv' matches no inbox pattern", wrong.Error);
        var path = CorrRun.Run("etl", "retry", sent, "--as", "../population_202401.csv", "--data", data.Path);
        Assert.Equal(2, path.ExitCode);
        Assert.Contains("a name, not a path", path.Error);
        Assert.Single(Directory.GetFiles(Path.Combine(data.Path, "quarantine"), sent, SearchOption.AllDirectories));

        var renamed = CorrRun.Run("etl", "retry", sent, "--as", "population_202401.csv", "--data", data.Path);
        Assert.Equal(0, renamed.ExitCode);
        Assert.Contains($"{sent}: back in the inbox as population_202401.csv", renamed.Output);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.Contains("The quarantine is empty", CorrRun.Run("etl", "quarantine", "--data", data.Path).Output);
        Assert.Matches(@"population_202401\.csv\s+│\s+population\s+│\s+2024-01\s+│\s+loaded", CorrRun.Run("etl", "batches", "--data", data.Path).Output);
    }

    [Fact]
    public void Etl_batches_shows_how_a_file_differed_from_its_contract_and_was_accepted()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        var inbox = Directory.CreateDirectory(Path.Combine(data.Path, "inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "products_20240101 (1).csv"), "Product_Code;name_kk;name_ru;category;unit;colour\r\nGR-001;А;Б;garments;set;red\r\n");
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        var batches = CorrRun.Run("etl", "batches", "--data", data.Path);
        Assert.Equal(0, batches.ExitCode);
        Assert.Contains("Notes", batches.Output);
        var notes = System.Text.RegularExpressions.Regex.Replace(batches.Output, @"[\s│]+", " ");
        foreach (var said in new[] { "copy's", "separated", "extra", "colour" })
            Assert.Contains(said, notes);
    }
}
