package nl.integraletoegang.api.casus;

/** The burgerservicenummer check: nine digits that pass the eleven test (elfproef). */
public final class Bsn {

    private Bsn() {
    }

    public static boolean isValid(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0 && !bsn.equals("000000000");
    }
}
