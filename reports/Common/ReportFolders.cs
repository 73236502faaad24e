namespace CorrAnalytics.Reports.Common;

/// <summary>Where reports are written: &lt;data&gt;/reports/&lt;kind&gt;/&lt;period&gt; (a month YYYY-MM, or a year for the budget).</summary>
public static class ReportFolders
{
    public static string Root(string dataDir) => Path.Combine(dataDir, "reports");

    public static string For(string dataDir, string kind, string period) => Path.Combine(Root(dataDir), kind, period);
}
