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
/// failure is one line naming the file and what the library says is wrong; nothing here throws for bad input.
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
        try
        {
            bool isCase;
            using (var parsed = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 }))
            {
                isCase = parsed.RootElement.ValueKind == JsonValueKind.Object && parsed.RootElement.TryGetProperty("schemaVersion", out _);
            }

            document = isCase ? IcpJson.DeserializeCase(text) : IcpJson.DeserializeApplication(text);
            return true;
        }
        catch (JsonException e)
        {
            // The library's messages name the JSON path and line; System.Text.Json's own ones end with them.
            error.WriteLine("error: " + shownPath + ": " + TerminalText.Message(e.Message));
            return false;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or NullReferenceException or OverflowException)
        {
            // A backstop for what the library should have refused as a JsonException: the user gets one line and
            // exit code 2 for a file that is not usable, never a stack trace.
            error.WriteLine("error: " + shownPath + ": not a valid application or case: " + TerminalText.Message(e.Message));
            return false;
        }
    }
}
