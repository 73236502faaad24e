namespace CorrAnalytics.Reports.Layout;

/// <summary>Measures text for layout. The same font metrics are used to measure and to draw.</summary>
public interface ITextMeasurer
{
    double Width(string text, TextStyle style);

    /// <summary>The distance from one line's top to the next line's top.</summary>
    double LineHeight(TextStyle style);
}
