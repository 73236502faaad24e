namespace CorrAnalytics.Reports.Layout;

/// <summary>Colours used by the layout's own decorations (rules, zebra, tile frames).</summary>
public static class Palette
{
    public const string Rule = "#B8C4CE";
    public const string HeaderFill = "#1D5C87";
    public const string Zebra = "#F1F5F8";
    public const string TotalFill = "#DCE6EE";
    public const string SubtotalFill = "#EAF0F5";
    public const string TileFill = "#F4F7FA";
    public const string Good = "#1E7B34";
    public const string Bad = "#B3261E";
    public const string Neutral = "#555555";
}
