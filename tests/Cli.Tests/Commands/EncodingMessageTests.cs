using CorrAnalytics.Cli.Tests.Support;
using CorrAnalytics.Etl.Common;

namespace CorrAnalytics.Cli.Tests.Commands;

public class EncodingMessageTests
{
    [Fact]
    public void A_file_in_the_wrong_encoding_is_refused_naming_the_line_and_the_encoding_it_should_be()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        var inbox = Directory.CreateDirectory(Path.Combine(data.Path, "inbox")).FullName;
        File.WriteAllBytes(Path.Combine(inbox, "population_202401.csv"), SourceFormats.Windows1251.GetBytes(
            "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners\nX-1,2024-01-01,1,1,0,0,0,0\nЕЦ-166/1,2024-01-01,1,1,0,0,0,0\n"));
        File.WriteAllText(Path.Combine(inbox, "budget_exec_202401.csv"),
            "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ\n01.01.2024;ЕЦ-166/1;010;100;111;РБ;1 000,00;ПП-1\n");

        var run = CorrRun.Run("etl", "run", "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 3 is not valid UTF-8 (byte 113); registers and monthly files are UTF-8 (it reads as Windows-1251 Cyrillic)", run.Output);
        var reason = Directory.GetFiles(Path.Combine(data.Path, "quarantine"), "*.reason.txt", SearchOption.AllDirectories).Select(File.ReadAllText);
        Assert.Contains(reason, r => r.Contains("(it reads as Windows-1251 Cyrillic): save the file as UTF-8"));
        Assert.Contains("line 1 is UTF-8, but accounting files are Windows-1251: export the file again as Windows-1251 (ANSI)", run.Output);
    }
}
