package se.vardval.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.ComponentAccounts;

/** Shows or changes the finance account of each payment component of a vårdval, used by the SIE4 export. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Shows the vårdval's finance accounts: the account of each listed payment component and the "
                + "default account of the others. With options, changes them in one audited step (administrators of "
                + "the vårdval).")
class AccountsCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>")
    String careChoice;

    @Option(names = "--default", paramLabel = "<account>", description = "The account of unlisted components.")
    String defaultAccount;

    @Option(names = "--set", paramLabel = "<component>=<account>",
            description = "Books a component on an account, e.g. AGE_CAPITATION=4541; repeatable.")
    Map<String, String> set = Map.of();

    @Option(names = "--unset", paramLabel = "<component>",
            description = "Books a component on the default account again; repeatable.")
    List<String> unset = List.of();

    AccountsCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        services.masterData().careChoice(careChoice)
                .orElseThrow(() -> new se.vardval.core.service.UserError("det finns inget vårdval '" + careChoice
                        + "'"));
        ComponentAccounts setting = services.accounts().find(careChoice);
        if (defaultAccount != null || !set.isEmpty() || !unset.isEmpty()) {
            setting = changed(setting);
            services.accounts().save(setting, user());
            out().printf("accounts of %s saved%n", careChoice);
        }
        out().printf("%-28s %s%n", "(default)", setting.defaultAccount());
        setting.accounts().forEach((component, account) -> out().printf("%-28s %s%n", component, account));
        return 0;
    }

    private ComponentAccounts changed(ComponentAccounts setting) {
        ComponentAccounts changed = defaultAccount == null ? setting : setting.withDefault(defaultAccount);
        for (String component : unset) {
            changed = changed.without(component);
        }
        for (Map.Entry<String, String> entry : set.entrySet()) {
            changed = changed.with(entry.getKey(), entry.getValue());
        }
        return changed;
    }
}
