@echo off
rem Starts the Vardval Workbench client with Java 21 or newer (JAVA_HOME, else javaw on the PATH); there is no native
rem launcher on Maven Central, so Equinox's launcher jar is started directly.
rem Set VARDVAL_DB to a directory or a jdbc:postgresql://host:port/db URL to open that database (else the one chosen
rem last, or the connection dialog); VARDVAL_JAVA_OPTS adds JVM options.
setlocal
set "HERE=%~dp0"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
set "JAVA=javaw"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw"
:run
"%JAVA%" -Xmx3g %VARDVAL_JAVA_OPTS% -jar "%LAUNCHER%" -data "%USERPROFILE%\.vardval\workbench" %*
rem 23: the workbench restarts (e.g. on another database)
if %ERRORLEVEL%==23 goto run
