using System.Text.Json;

namespace CorrAnalytics.Reports.Translations;

/// <summary>Every label a report prints, per language, from Translations/{kk,ru,en}.json. A missing key is an error, never English by default.</summary>
public sealed class Labels
{
    private readonly Dictionary<string, string> _labels;

    private Labels(ReportLanguage language, Dictionary<string, string> labels)
    {
        Language = language;
        _labels = labels;
    }

    public ReportLanguage Language { get; }

    public IReadOnlyCollection<string> Keys => _labels.Keys;

    public string this[string key] => _labels.TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"No {Language.Code} translation for label '{key}' (Translations/{Language.Code}.json).");

    /// <summary>The label, or null where the language has none under this key (an optional shorter form).</summary>
    public string? Find(string key) => _labels.GetValueOrDefault(key);

    public string Format(string key, params object?[] args) => string.Format(Language.Culture, this[key], args);

    public static Labels For(ReportLanguage language)
    {
        using var stream = typeof(Labels).Assembly.GetManifestResourceStream($"translations/{language.Code}.json")
            ?? throw new InvalidOperationException($"No translation file for {language.Code}.");
        return new Labels(language, JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!);
    }
}
