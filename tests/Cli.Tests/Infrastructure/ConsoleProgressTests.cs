using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Sample;
using Spectre.Console;

namespace CorrAnalytics.Cli.Tests.Infrastructure;

public class ConsoleProgressTests
{
    [Fact]
    public void A_load_shows_one_bar_for_all_its_files_not_one_per_file()
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text), Interactive = InteractionSupport.Yes, Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.NoColors,
        });
        string[] files = ["population_202401.csv", "movements_202401.csv", "staffing_202401.csv"];

        var done = ConsoleProgress.Run(console, "Loading", progress =>
        {
            for (var i = 0; i < files.Length; i++)
                progress.Report(new SampleProgress(files[i], i + 1, files.Length, (i + 1) * 1_000));
            return files.Length;
        });

        Assert.Equal(3, done);
        var output = text.ToString();
        Assert.Contains("Loading: done", output);
        // Files and rows so far, with the file in hand (the text of the bar; it redraws every 100 ms).
        Assert.Contains("3 of 3, 3,000 rows", ConsoleProgress.Describe("Loading", new SampleProgress(files[2], 3, 3, 3_000), TimeSpan.Zero));
        Assert.DoesNotContain("Loading: population_202401.csv", output); // a task per file was named "Loading: <file>"
        var lastFrame = output[output.LastIndexOf("Loading", StringComparison.Ordinal)..];
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output[output.LastIndexOf("Loading: done", StringComparison.Ordinal)..], "Loading"));
        Assert.DoesNotContain("movements_202401.csv", lastFrame);
    }
}
