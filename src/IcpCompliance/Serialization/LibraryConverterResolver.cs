using System;
using System.Collections.Frozen;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IcpCompliance.Serialization;

/// <summary>
/// The library's converters as metadata, ahead of the source-generated context in <see cref="IcpJson.TypeInfoResolver"/>:
/// the generated code finds a converter only in the options' <c>Converters</c>, so options that add the resolver
/// without <see cref="IcpJson.Configure"/> would otherwise get no JSON spelling for the library's types (a
/// <c>Province</c> would have none at all, as the domain types name no converter). A converter in the options comes
/// first: the caller's own, or the ones <see cref="IcpJson.Configure"/> added.
/// </summary>
internal sealed class LibraryConverterResolver : IJsonTypeInfoResolver
{
    // The context's Converters list is the one list of the library's converters.
    private static readonly FrozenDictionary<Type, ILibraryConverter> ByType = IcpJsonContext.Default.Options.Converters
        .ToFrozenDictionary(converter => converter.Type!, converter => (ILibraryConverter)converter);

    /// <inheritdoc />
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(options);
        if (!ByType.TryGetValue(type, out ILibraryConverter? converter))
        {
            return null;
        }

        foreach (JsonConverter own in options.Converters)
        {
            if (own.CanConvert(type))
            {
                return null;
            }
        }

        return converter.CreateTypeInfo(options);
    }
}
