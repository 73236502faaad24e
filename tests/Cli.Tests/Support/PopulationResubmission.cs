namespace CorrAnalytics.Cli.Tests.Support;

/// <summary>A department sends a population file again with one more sentenced prisoner on every row.</summary>
public static class PopulationResubmission
{
    /// <summary>Drops the changed file into <paramref name="inbox"/> under <paramref name="name"/>, settled (an hour old); returns the original's lines.</summary>
    public static string[] OneMorePerRow(string inbox, string name, string original)
    {
        var lines = original.TrimEnd('\n').Split('\n');
        var changed = lines.Take(1).Concat(lines.Skip(1).Select(l =>
        {
            var f = l.Split(',');
            f[2] = (int.Parse(f[2]) + 1).ToString();
            f[3] = (int.Parse(f[3]) + 1).ToString();
            return string.Join(',', f);
        }));
        var path = Path.Combine(inbox, name);
        File.WriteAllText(path, string.Join('\n', changed) + "\n");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddHours(-1));
        return lines;
    }
}
