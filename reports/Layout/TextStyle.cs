namespace CorrAnalytics.Reports.Layout;

/// <summary>A named text style: every piece of text in a report uses one of these, never ad-hoc sizes or colours.</summary>
public sealed record TextStyle(string Name, double Size, bool Bold = false, bool Italic = false, string Color = "#1A1A1A", double LineSpacing = 1.25)
{
    public TextStyle With(string? color = null, bool? bold = null) =>
        this with { Color = color ?? Color, Bold = bold ?? Bold };
}
