package se.vardval.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.ComponentAccounts;

/** Shows or changes the finance account of each payment component of a vårdval, used by the SIE4 export. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Visar vårdvalets konton för ekonomi: kontot för varje listad ersättningsdel och "
                + "standardkontot för de andra. Med alternativ ändras de i ett loggat steg (vårdvalets "
                + "administratörer).")
class AccountsCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
    String careChoice;

    @Option(names = "--default", paramLabel = "<konto>",
            description = "Standardkontot för ersättningsdelar som inte listas.")
    String defaultAccount;

    @Option(names = "--set", paramLabel = "<ersättningsdel>=<konto>",
            description = "Bokför en ersättningsdel som vårdvalet betalar på ett konto, t.ex. AGE_CAPITATION=4541; "
                    + "kan upprepas.")
    Map<String, String> set = Map.of();

    @Option(names = "--unset", paramLabel = "<ersättningsdel>",
            description = "Bokför en ersättningsdel på standardkontot igen; kan upprepas.")
    List<String> unset = List.of();

    AccountsCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        services.masterData().registeredCareChoice(careChoice);
        set.keySet().forEach(component -> services.naming().requireComponent(careChoice, component));
        ComponentAccounts setting = services.accounts().find(careChoice);
        if (defaultAccount != null || !set.isEmpty() || !unset.isEmpty()) {
            setting = changed(setting);
            services.accounts().save(setting, user());
            out().printf("kontona för %s är sparade%n", careChoice);
        }
        out().printf("%-28s %s%n", "(standard)", setting.defaultAccount());
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
