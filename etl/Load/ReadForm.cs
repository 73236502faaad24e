using CorrAnalytics.Etl.Sources;

namespace CorrAnalytics.Etl.Load;

/// <summary>A form read ahead: its bytes, and either the parsed form or why it could not be read.</summary>
internal sealed record ReadForm(byte[] Bytes, ParsedForm? Form, string? Problem);
