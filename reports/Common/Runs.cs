namespace CorrAnalytics.Reports.Common;

/// <summary>Items in runs of one key, in their order: the groups of rows a query already sorted by that key.</summary>
public static class Runs
{
    public static List<List<T>> Of<T>(IEnumerable<T> items, Func<T, string?> key)
    {
        var runs = new List<List<T>>();
        foreach (var item in items)
        {
            if (runs.Count > 0 && key(runs[^1][0]) == key(item))
                runs[^1].Add(item);
            else
                runs.Add([item]);
        }
        return runs;
    }
}
