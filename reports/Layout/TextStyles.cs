namespace CorrAnalytics.Reports.Layout;

/// <summary>The report's type scale.</summary>
public static class TextStyles
{
    public static readonly TextStyle Title = new("title", 22, Bold: true, Color: "#0B3C5D");
    public static readonly TextStyle Subtitle = new("subtitle", 13, Color: "#3A4A5A");
    public static readonly TextStyle Heading1 = new("h1", 15, Bold: true, Color: "#0B3C5D");
    public static readonly TextStyle Heading2 = new("h2", 11.5, Bold: true, Color: "#1D5C87");
    public static readonly TextStyle Caption = new("caption", 10, Bold: true, Color: "#0B3C5D");
    public static readonly TextStyle Body = new("body", 9.5);
    public static readonly TextStyle Small = new("small", 7.5, Color: "#555555");
    public static readonly TextStyle Note = new("note", 8, Italic: true, Color: "#555555");
    public static readonly TextStyle TableHeader = new("table-header", 8, Bold: true, Color: "#FFFFFF");
    public static readonly TextStyle TableCell = new("table-cell", 8);
    public static readonly TextStyle TableTotal = new("table-total", 8, Bold: true);
    public static readonly TextStyle KpiLabel = new("kpi-label", 7.5, Color: "#3A4A5A");
    public static readonly TextStyle KpiValue = new("kpi-value", 16, Bold: true, Color: "#0B3C5D");
    public static readonly TextStyle KpiChange = new("kpi-change", 7.5);
    public static readonly TextStyle Footer = new("footer", 7, Color: "#666666");

    /// <summary>Headings and captions never end a page: they stay with what follows them (<see cref="Block.KeepWithNext"/>).</summary>
    public static bool StaysWithNext(TextStyle style) => style.Name is "h1" or "h2" or "caption";
}
