using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Common;

/// <summary>A headline indicator as a tile: its value, its change on the previous month, and whether the change is good news.</summary>
public static class IndicatorTiles
{
    public static Element Tile(Indicator indicator, Labels l)
    {
        var culture = l.Language.Culture;
        var change = indicator.ChangeMoM;
        var shown = NumberFormat.Shown(change); // a change printed as 0.0 has no arrow and no colour
        var trend = shown is null or 0 ? Trend.None : shown > 0 ? Trend.Up : Trend.Down;
        bool? good = shown is null or 0 || indicator.HigherIsBetter is null ? null : (shown > 0) == indicator.HigherIsBetter;
        var changeText = $"{NumberFormat.Change(change, indicator.Kind, culture, l["unit.points"])} {l["change.mom"]}";
        // A tile is narrow: an indicator with a long name has a shorter one for its tile (tile.<key>).
        return new KpiTile(l.Find("tile." + indicator.Key) ?? indicator.Label, NumberFormat.Format(indicator.Value, indicator.Kind, culture), changeText, trend, good);
    }
}
