using System;
using System.Collections.Generic;
using System.CommandLine;

namespace ImageContracts.Cli.Wire;

/// <summary>
/// Options the command does not declare (<c>--seed 4</c>, <c>--svg-style=flat</c>) are taken out before parsing and
/// sent under their wire name, so the contract validation, not the parser, says whether the model accepts them.
/// </summary>
internal static class ExtraParameters
{
    /// <summary>Splits the arguments of a call into those the parser knows and the undeclared <c>--name [value]</c> pairs.</summary>
    /// <param name="root">The root command.</param>
    /// <param name="requestCommands">The subcommands that build a request (the others keep every argument).</param>
    /// <param name="args">The process arguments.</param>
    public static (string[] Known, List<KeyValuePair<string, string>> Extras) Split(RootCommand root, IReadOnlyCollection<Command> requestCommands, IReadOnlyList<string> args)
    {
        var known = new List<string>(args.Count);
        var extras = new List<KeyValuePair<string, string>>();
        Command? command = args.Count > 0 ? FindSubcommand(requestCommands, args[0]) : null;
        if (command is null)
        {
            known.AddRange(args);
            return (known.ToArray(), extras);
        }

        HashSet<string> names = OptionNames(root, command);
        known.Add(args[0]);
        for (int i = 1; i < args.Count; i++)
        {
            string token = args[i];
            if (token == "--")
            {
                for (; i < args.Count; i++)
                {
                    known.Add(args[i]);
                }

                break;
            }

            int equals = token.IndexOf('=', StringComparison.Ordinal);
            string name = equals > 0 ? token[..equals] : token;
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2 || names.Contains(name))
            {
                known.Add(token);
                continue;
            }

            string value;
            if (equals > 0)
            {
                value = token[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                value = "true"; // a bare flag, as --stream
            }

            extras.Add(new(WireOptionNames.ToWireName(name), value));
        }

        return (known.ToArray(), extras);
    }

    private static Command? FindSubcommand(IReadOnlyCollection<Command> commands, string name)
    {
        foreach (Command command in commands)
        {
            if (command.Name == name)
            {
                return command;
            }
        }

        return null;
    }

    private static HashSet<string> OptionNames(RootCommand root, Command command)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Option option in command.Options)
        {
            names.Add(option.Name);
            names.UnionWith(option.Aliases);
        }

        foreach (Option option in root.Options)
        {
            if (option.Recursive)
            {
                names.Add(option.Name);
                names.UnionWith(option.Aliases);
            }
        }

        return names;
    }
}
