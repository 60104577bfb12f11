using System;
using System.IO;
using System.Text.Json;
using IcpCompliance.Cli.Output;
using IcpCompliance.Filing;
using IcpCompliance.Serialization;
using IcpCompliance.Workflow;
using OneOf;

namespace IcpCompliance.Cli.Input;

/// <summary>
/// Reads the JSON file a command is given: a stored case (it has <c>schemaVersion</c>) or an application. Every
/// failure is one line naming the file, what it is not, what is wrong and where (JSON path, one-based line and
/// column), in English and Chinese; nothing here throws for bad input (the library's readers throw only
/// <see cref="IcpJsonException"/> for bad text).
/// </summary>
internal static class FilingFile
{
    internal static bool TryRead(string path, Func<Stream> standardInput, TextWriter error, out OneOf<FilingApplication, FilingCase> document)
    {
        document = default;
        if (!InputText.TryRead(path, standardInput, InputText.MaxJsonBytes, strictUtf8: true, error, out string text))
        {
            return false;
        }

        string shownPath = path == "-" ? "standard input" : TerminalText.Quote(path);
        bool isCase = HasSchemaVersion(text);
        try
        {
            document = isCase ? IcpJson.DeserializeCase(text) : IcpJson.DeserializeApplication(text);
            return true;
        }
        catch (IcpJsonException e)
        {
            // A file with a schema version was meant as a stored case; any other could have been either.
            (string notWhat, string notWhatChinese) = isCase
                ? ("a stored case", "已保存的备案案件")
                : ("an application or a stored case", "备案申请或已保存的备案案件");
            error.WriteLine(DisplayWidth.Invariant(
                $"error: {shownPath} is not {notWhat}: {TerminalText.Message(e.Reason)} (at {TerminalText.Quote(e.Path)}, line {e.Line}, column {e.Column}); 文件不是{notWhatChinese}：{TerminalText.Message(e.ReasonChinese)}（{TerminalText.Quote(e.Path)}，第 {e.Line} 行第 {e.Column} 列）"));
            return false;
        }
    }

    // A stored case names its schema version at the top level; looked for token by token, so that a case cut short
    // or broken later is still reported as a case.
    private static bool HasSchemaVersion(string text)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("schemaVersion"u8))
                {
                    return true;
                }

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // Broken before any schema version: read as an application, whose reader says where.
        }

        return false;
    }
}
