using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

public sealed partial class ContractCatalog
{
    /// <summary>
    /// A new catalog with <paramref name="models"/> added, or replacing the model of the same id where this catalog has
    /// one (in its place, so the order stays the spec's). The host-model policy, the endpoints and the batch discount stay
    /// this catalog's; the new models' ids and aliases are counted as image models (never Responses hosts). This catalog
    /// is left as it is. A spec overlay loaded at run time (the <c>ImageContracts.Overlays</c> package) gives the models.
    /// </summary>
    /// <param name="models">The models to add or replace.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentException">Two of <paramref name="models"/> share an id or alias, or one's id or alias is
    /// already the id or alias of another model of this catalog (which would make <see cref="Find"/> ambiguous).</exception>
    public ContractCatalog With(IEnumerable<ModelContract> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var added = new List<ModelContract>();
        var names = new Dictionary<string, ModelContract>(StringComparer.Ordinal);
        foreach (ModelContract model in models)
        {
            ArgumentNullException.ThrowIfNull(model, nameof(models));
            foreach (string name in model.Aliases.Prepend(model.Id))
            {
                if (!names.TryAdd(name, model))
                {
                    throw new ArgumentException($"'{name}' names both {names[name].Id} and {model.Id} among the models given; each id and alias may name one model.", nameof(models));
                }
            }

            added.Add(model);
        }

        var result = new List<ModelContract>(Models.Count + added.Count);
        foreach (ModelContract existing in Models)
        {
            ModelContract? replacement = added.Find(m => string.Equals(m.Id, existing.Id, StringComparison.Ordinal));
            if (replacement is null)
            {
                // A kept model may not share a name with a new one: Find would return either, depending on order.
                foreach (string name in existing.Aliases.Prepend(existing.Id))
                {
                    if (names.TryGetValue(name, out ModelContract? clash))
                    {
                        throw new ArgumentException($"'{name}' is already {(name == existing.Id ? "the id" : "an alias")} of {existing.Id} in the catalog, so {clash.Id} cannot use it; give {clash.Id} another {(name == clash.Id ? "id" : "alias")}, or give the replacement the id {existing.Id}.", nameof(models));
                    }
                }
            }

            result.Add(replacement ?? existing);
        }

        result.AddRange(added.Where(m => !Models.Any(existing => string.Equals(existing.Id, m.Id, StringComparison.Ordinal))));
        var hostModels = new HostModelPolicy
        {
            Models = HostModels.Models,
            Prefixes = HostModels.Prefixes,
            Lifecycles = HostModels.Lifecycles,
            ImageModelIds = HostModels.ImageModelIds.Concat(names.Keys).Distinct(StringComparer.Ordinal).ToArray(),
        };
        return new ContractCatalog(result, hostModels, Endpoints) { Batch = Batch };
    }
}
