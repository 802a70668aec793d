package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BuiltinTypes;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code time}: broken-down times and strftime, independent of the local zone, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program (with {@code collect = gc.collect}; here {@code collect} is
 * {@link Weakrefs#collect}).
 */
class TimeModuleTest {
    @Test
    void timeBasic() {
        String source = """
                import time
                t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
                for d in "aAbBcCdDeFgGhHIjklmMnpPrRSTtuUVwWxXyY%":
                    print(d, repr(time.strftime('%' + d, t)))
                for f in ['%-d', '%_H', '%010Y', '%^a', '%#b', '%Ey', '%Od', '%Q', '%', 'x%', '%5%', '%-5d', '%_5d', '%E', '%0e', '%^B', '%3a', '%#p']:
                    try: print(f, repr(time.strftime(f, t)))
                    except Exception as e: print(f, type(e).__name__, e)
                for y in [5, 999, -5, 10000, 0]:
                    print(y, repr(time.strftime('%Y %C %y %G %g %F', (y, 1, 1, 0, 0, 0, 0, 1, 0))))
                for tt in [(2024,0,0,0,0,0,0,0,0), (2024,13,1,0,0,0,0,1,0), (2024,1,32,0,0,0,0,1,0), (2024,1,1,24,0,0,0,1,0), (2024,1,1,0,60,0,0,1,0), (2024,1,1,0,0,62,0,1,0), (2024,1,1,0,0,0,-1,1,0), (2024,1,1,0,0,0,7,1,0), (2024,1,1,0,0,0,0,367,0), (2024,1,1,0,0,0,0,1,5), (1,2,3)]:
                    try: print(tt, repr(time.strftime('%d %m %j %a %U %W %V', tt)))
                    except Exception as e: print(tt, type(e).__name__, e)
                    except Exception as e: print(tt, type(e).__name__, e)
                print(time.gmtime(0), time.gmtime(1.9), time.gmtime(-1.5))
                for a in [float('nan'), 1e20, 'x', None]:
                    try: print(time.gmtime(a) if a is not None else 'none')
                    except Exception as e: print(type(e).__name__, e)
                print(time.struct_time((1,2,3,4,5,6,7,8,9)), len(time.struct_time((1,2,3,4,5,6,7,8,9,'Z',3))), time.struct_time((1,2,3,4,5,6,7,8,9,'Z',3)).tm_zone)
                try: time.struct_time((1,2))
                except TypeError as e: print(e)
                print(time.get_clock_info('monotonic'), time.get_clock_info('time'), time.get_clock_info('perf_counter'), time.get_clock_info('process_time'), time.get_clock_info('thread_time'))
                try: time.get_clock_info('x')
                except ValueError as e: print(e)
                try: time.sleep(-1)
                except ValueError as e: print(e)
                try: time.sleep('1')
                except TypeError as e: print(e)
                print(sorted(n for n in dir(time) if not n.startswith('__') and n != 'pthread_getcpuclockid'))
                print(time.strftime('%Y', time.gmtime(0)), type(time.time_ns()), time.CLOCK_MONOTONIC, time.CLOCK_REALTIME)
                try: time.strftime('%Y', (2024,1,1,0,0,0,0,1,0,0))
                except Exception as e: print(type(e).__name__, e)
                except Exception as e: print(type(e).__name__, e)

                for y in range(1998, 2012):
                    for md in [(1, 1), (1, 3), (12, 29), (12, 31)]:
                        tt = time.gmtime(__import__('calendar').timegm((y,) + md + (0, 0, 0))) if False else None
                import itertools
                for secs in range(-400000000, 2000000000, 86400 * 97):
                    g = time.gmtime(secs)
                    print(time.strftime('%G-%V-%u %g %U %W %j %C %y %a %b', g), time.asctime(g))
                print(time.gmtime(1e10), time.gmtime(-1e10))
                print(time.strftime('%Z %z', time.gmtime(5)))
                """;
        String expected = """
                a 'Tue'
                A 'Tuesday'
                b 'Mar'
                B 'March'
                c 'Tue Mar  5 14:07:09 2024'
                C '20'
                d '05'
                D '03/05/24'
                e ' 5'
                F '2024-03-05'
                g '24'
                G '2024'
                h 'Mar'
                H '14'
                I '02'
                j '065'
                k '14'
                l ' 2'
                m '03'
                M '07'
                n '\\n'
                p 'PM'
                P 'pm'
                r '02:07:09 PM'
                R '14:07'
                S '09'
                T '14:07:09'
                t '\\t'
                u '2'
                U '09'
                V '10'
                w '2'
                W '10'
                x '03/05/24'
                X '14:07:09'
                y '24'
                Y '2024'
                % '%'
                %-d '5'
                %_H '14'
                %010Y '0000002024'
                %^a 'TUE'
                %#b 'MAR'
                %Ey '24'
                %Od '05'
                %Q '%Q'
                % '%'
                x% 'x%'
                %5% '    %'
                %-5d '    5'
                %_5d '    5'
                %E '%E'
                %0e '05'
                %^B 'MARCH'
                %3a 'Tue'
                %#p 'pm'
                5 '5 0 05 5 05 5-01-01'
                999 '999 9 99 999 99 999-01-01'
                -5 '-5 -1 95 -5 95 -5-01-01'
                10000 '10000 100 00 10000 00 10000-01-01'
                0 '0 0 00 0 00 0-01-01'
                (2024, 0, 0, 0, 0, 0, 0, 0, 0) '01 01 001 Mon 00 01 01'
                (2024, 13, 1, 0, 0, 0, 0, 1, 0) ValueError month out of range
                (2024, 1, 32, 0, 0, 0, 0, 1, 0) ValueError day of month out of range
                (2024, 1, 1, 24, 0, 0, 0, 1, 0) ValueError hour out of range
                (2024, 1, 1, 0, 60, 0, 0, 1, 0) ValueError minute out of range
                (2024, 1, 1, 0, 0, 62, 0, 1, 0) ValueError seconds out of range
                (2024, 1, 1, 0, 0, 0, -1, 1, 0) '01 01 001 Sun 01 00 52'
                (2024, 1, 1, 0, 0, 0, 7, 1, 0) '01 01 001 Mon 00 01 01'
                (2024, 1, 1, 0, 0, 0, 0, 367, 0) ValueError day of year out of range
                (2024, 1, 1, 0, 0, 0, 0, 1, 5) '01 01 001 Mon 00 01 01'
                (1, 2, 3) TypeError strftime(): illegal time tuple argument
                time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=1, tm_wday=3, tm_yday=1, tm_isdst=0) time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=58, tm_wday=2, tm_yday=365, tm_isdst=0)
                ValueError Invalid value NaN (not a number)
                OverflowError timestamp out of range for platform time_t
                TypeError 'str' object cannot be interpreted as an integer
                none
                time.struct_time(tm_year=1, tm_mon=2, tm_mday=3, tm_hour=4, tm_min=5, tm_sec=6, tm_wday=7, tm_yday=8, tm_isdst=9) 9 Z
                time.struct_time() takes an at least 9-sequence (2-sequence given)
                namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09) namespace(implementation='clock_gettime(CLOCK_REALTIME)', monotonic=False, adjustable=True, resolution=1e-09) namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09) namespace(implementation='clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', monotonic=True, adjustable=False, resolution=1e-09) namespace(implementation='clock_gettime(CLOCK_THREAD_CPUTIME_ID)', monotonic=True, adjustable=False, resolution=1e-09)
                unknown clock
                sleep length must be non-negative
                'str' object cannot be interpreted as an integer
                ['CLOCK_BOOTTIME', 'CLOCK_MONOTONIC', 'CLOCK_MONOTONIC_RAW', 'CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_REALTIME', 'CLOCK_TAI', 'CLOCK_THREAD_CPUTIME_ID', '_STRUCT_TM_ITEMS', 'altzone', 'asctime', 'clock_getres', 'clock_gettime', 'clock_gettime_ns', 'clock_settime', 'clock_settime_ns', 'ctime', 'daylight', 'get_clock_info', 'gmtime', 'localtime', 'mktime', 'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns', 'process_time', 'process_time_ns', 'sleep', 'strftime', 'strptime', 'struct_time', 'thread_time', 'thread_time_ns', 'time', 'time_ns', 'timezone', 'tzname', 'tzset']
                1970 <class 'int'> 1 0
                TypeError strftime(): illegal time tuple argument
                1957-18-1 57 17 17 119 19 57 Mon Apr Mon Apr 29 08:53:20 1957
                1957-31-7 57 31 30 216 19 57 Sun Aug Sun Aug  4 08:53:20 1957
                1957-45-6 57 44 44 313 19 57 Sat Nov Sat Nov  9 08:53:20 1957
                1958-07-5 58 06 06 045 19 58 Fri Feb Fri Feb 14 08:53:20 1958
                1958-21-4 58 20 20 142 19 58 Thu May Thu May 22 08:53:20 1958
                1958-35-3 58 34 34 239 19 58 Wed Aug Wed Aug 27 08:53:20 1958
                1958-49-2 58 48 48 336 19 58 Tue Dec Tue Dec  2 08:53:20 1958
                1959-11-1 59 10 10 068 19 59 Mon Mar Mon Mar  9 08:53:20 1959
                1959-24-7 59 24 23 165 19 59 Sun Jun Sun Jun 14 08:53:20 1959
                1959-38-6 59 37 37 262 19 59 Sat Sep Sat Sep 19 08:53:20 1959
                1959-52-5 59 51 51 359 19 59 Fri Dec Fri Dec 25 08:53:20 1959
                1960-13-4 60 13 13 091 19 60 Thu Mar Thu Mar 31 08:53:20 1960
                1960-27-3 60 27 27 188 19 60 Wed Jul Wed Jul  6 08:53:20 1960
                1960-41-2 60 41 41 285 19 60 Tue Oct Tue Oct 11 08:53:20 1960
                1961-03-1 61 03 03 016 19 61 Mon Jan Mon Jan 16 08:53:20 1961
                1961-16-7 61 17 16 113 19 61 Sun Apr Sun Apr 23 08:53:20 1961
                1961-30-6 61 30 30 210 19 61 Sat Jul Sat Jul 29 08:53:20 1961
                1961-44-5 61 44 44 307 19 61 Fri Nov Fri Nov  3 08:53:20 1961
                1962-06-4 62 05 06 039 19 62 Thu Feb Thu Feb  8 08:53:20 1962
                1962-20-3 62 19 20 136 19 62 Wed May Wed May 16 08:53:20 1962
                1962-34-2 62 33 34 233 19 62 Tue Aug Tue Aug 21 08:53:20 1962
                1962-48-1 62 47 48 330 19 62 Mon Nov Mon Nov 26 08:53:20 1962
                1963-09-7 63 09 08 062 19 63 Sun Mar Sun Mar  3 08:53:20 1963
                1963-23-6 63 22 22 159 19 63 Sat Jun Sat Jun  8 08:53:20 1963
                1963-37-5 63 36 36 256 19 63 Fri Sep Fri Sep 13 08:53:20 1963
                1963-51-4 63 50 50 353 19 63 Thu Dec Thu Dec 19 08:53:20 1963
                1964-13-3 64 12 12 085 19 64 Wed Mar Wed Mar 25 08:53:20 1964
                1964-27-2 64 26 26 182 19 64 Tue Jun Tue Jun 30 08:53:20 1964
                1964-41-1 64 40 40 279 19 64 Mon Oct Mon Oct  5 08:53:20 1964
                1965-01-7 65 02 01 010 19 65 Sun Jan Sun Jan 10 08:53:20 1965
                1965-15-6 65 15 15 107 19 65 Sat Apr Sat Apr 17 08:53:20 1965
                1965-29-5 65 29 29 204 19 65 Fri Jul Fri Jul 23 08:53:20 1965
                1965-43-4 65 43 43 301 19 65 Thu Oct Thu Oct 28 08:53:20 1965
                1966-05-3 66 05 05 033 19 66 Wed Feb Wed Feb  2 08:53:20 1966
                1966-19-2 66 19 19 130 19 66 Tue May Tue May 10 08:53:20 1966
                1966-33-1 66 33 33 227 19 66 Mon Aug Mon Aug 15 08:53:20 1966
                1966-46-7 66 47 46 324 19 66 Sun Nov Sun Nov 20 08:53:20 1966
                1967-08-6 67 08 08 056 19 67 Sat Feb Sat Feb 25 08:53:20 1967
                1967-22-5 67 22 22 153 19 67 Fri Jun Fri Jun  2 08:53:20 1967
                1967-36-4 67 36 36 250 19 67 Thu Sep Thu Sep  7 08:53:20 1967
                1967-50-3 67 50 50 347 19 67 Wed Dec Wed Dec 13 08:53:20 1967
                1968-12-2 68 11 12 079 19 68 Tue Mar Tue Mar 19 08:53:20 1968
                1968-26-1 68 25 26 176 19 68 Mon Jun Mon Jun 24 08:53:20 1968
                1968-39-7 68 39 39 273 19 68 Sun Sep Sun Sep 29 08:53:20 1968
                1969-01-6 69 00 00 004 19 69 Sat Jan Sat Jan  4 08:53:20 1969
                1969-15-5 69 14 14 101 19 69 Fri Apr Fri Apr 11 08:53:20 1969
                1969-29-4 69 28 28 198 19 69 Thu Jul Thu Jul 17 08:53:20 1969
                1969-43-3 69 42 42 295 19 69 Wed Oct Wed Oct 22 08:53:20 1969
                1970-05-2 70 04 04 027 19 70 Tue Jan Tue Jan 27 08:53:20 1970
                1970-19-1 70 18 18 124 19 70 Mon May Mon May  4 08:53:20 1970
                1970-32-7 70 32 31 221 19 70 Sun Aug Sun Aug  9 08:53:20 1970
                1970-46-6 70 45 45 318 19 70 Sat Nov Sat Nov 14 08:53:20 1970
                1971-07-5 71 07 07 050 19 71 Fri Feb Fri Feb 19 08:53:20 1971
                1971-21-4 71 21 21 147 19 71 Thu May Thu May 27 08:53:20 1971
                1971-35-3 71 35 35 244 19 71 Wed Sep Wed Sep  1 08:53:20 1971
                1971-49-2 71 49 49 341 19 71 Tue Dec Tue Dec  7 08:53:20 1971
                1972-11-1 72 11 11 073 19 72 Mon Mar Mon Mar 13 08:53:20 1972
                1972-24-7 72 25 24 170 19 72 Sun Jun Sun Jun 18 08:53:20 1972
                1972-38-6 72 38 38 267 19 72 Sat Sep Sat Sep 23 08:53:20 1972
                1972-52-5 72 52 52 364 19 72 Fri Dec Fri Dec 29 08:53:20 1972
                1973-14-4 73 13 14 095 19 73 Thu Apr Thu Apr  5 08:53:20 1973
                1973-28-3 73 27 28 192 19 73 Wed Jul Wed Jul 11 08:53:20 1973
                1973-42-2 73 41 42 289 19 73 Tue Oct Tue Oct 16 08:53:20 1973
                1974-04-1 74 03 03 021 19 74 Mon Jan Mon Jan 21 08:53:20 1974
                1974-17-7 74 17 16 118 19 74 Sun Apr Sun Apr 28 08:53:20 1974
                1974-31-6 74 30 30 215 19 74 Sat Aug Sat Aug  3 08:53:20 1974
                1974-45-5 74 44 44 312 19 74 Fri Nov Fri Nov  8 08:53:20 1974
                1975-07-4 75 06 06 044 19 75 Thu Feb Thu Feb 13 08:53:20 1975
                1975-21-3 75 20 20 141 19 75 Wed May Wed May 21 08:53:20 1975
                1975-35-2 75 34 34 238 19 75 Tue Aug Tue Aug 26 08:53:20 1975
                1975-49-1 75 48 48 335 19 75 Mon Dec Mon Dec  1 08:53:20 1975
                1976-10-7 76 10 09 067 19 76 Sun Mar Sun Mar  7 08:53:20 1976
                1976-24-6 76 23 23 164 19 76 Sat Jun Sat Jun 12 08:53:20 1976
                1976-38-5 76 37 37 261 19 76 Fri Sep Fri Sep 17 08:53:20 1976
                1976-52-4 76 51 51 358 19 76 Thu Dec Thu Dec 23 08:53:20 1976
                1977-13-3 77 13 13 089 19 77 Wed Mar Wed Mar 30 08:53:20 1977
                1977-27-2 77 27 27 186 19 77 Tue Jul Tue Jul  5 08:53:20 1977
                1977-41-1 77 41 41 283 19 77 Mon Oct Mon Oct 10 08:53:20 1977
                1978-02-7 78 03 02 015 19 78 Sun Jan Sun Jan 15 08:53:20 1978
                1978-16-6 78 16 16 112 19 78 Sat Apr Sat Apr 22 08:53:20 1978
                1978-30-5 78 30 30 209 19 78 Fri Jul Fri Jul 28 08:53:20 1978
                1978-44-4 78 44 44 306 19 78 Thu Nov Thu Nov  2 08:53:20 1978
                1979-06-3 79 05 06 038 19 79 Wed Feb Wed Feb  7 08:53:20 1979
                1979-20-2 79 19 20 135 19 79 Tue May Tue May 15 08:53:20 1979
                1979-34-1 79 33 34 232 19 79 Mon Aug Mon Aug 20 08:53:20 1979
                1979-47-7 79 47 47 329 19 79 Sun Nov Sun Nov 25 08:53:20 1979
                1980-09-6 80 08 08 061 19 80 Sat Mar Sat Mar  1 08:53:20 1980
                1980-23-5 80 22 22 158 19 80 Fri Jun Fri Jun  6 08:53:20 1980
                1980-37-4 80 36 36 255 19 80 Thu Sep Thu Sep 11 08:53:20 1980
                1980-51-3 80 50 50 352 19 80 Wed Dec Wed Dec 17 08:53:20 1980
                1981-13-2 81 12 12 083 19 81 Tue Mar Tue Mar 24 08:53:20 1981
                1981-27-1 81 26 26 180 19 81 Mon Jun Mon Jun 29 08:53:20 1981
                1981-40-7 81 40 39 277 19 81 Sun Oct Sun Oct  4 08:53:20 1981
                1982-01-6 82 01 01 009 19 82 Sat Jan Sat Jan  9 08:53:20 1982
                1982-15-5 82 15 15 106 19 82 Fri Apr Fri Apr 16 08:53:20 1982
                1982-29-4 82 29 29 203 19 82 Thu Jul Thu Jul 22 08:53:20 1982
                1982-43-3 82 43 43 300 19 82 Wed Oct Wed Oct 27 08:53:20 1982
                1983-05-2 83 05 05 032 19 83 Tue Feb Tue Feb  1 08:53:20 1983
                1983-19-1 83 19 19 129 19 83 Mon May Mon May  9 08:53:20 1983
                1983-32-7 83 33 32 226 19 83 Sun Aug Sun Aug 14 08:53:20 1983
                1983-46-6 83 46 46 323 19 83 Sat Nov Sat Nov 19 08:53:20 1983
                1984-08-5 84 08 08 055 19 84 Fri Feb Fri Feb 24 08:53:20 1984
                1984-22-4 84 22 22 152 19 84 Thu May Thu May 31 08:53:20 1984
                1984-36-3 84 36 36 249 19 84 Wed Sep Wed Sep  5 08:53:20 1984
                1984-50-2 84 50 50 346 19 84 Tue Dec Tue Dec 11 08:53:20 1984
                1985-12-1 85 11 11 077 19 85 Mon Mar Mon Mar 18 08:53:20 1985
                1985-25-7 85 25 24 174 19 85 Sun Jun Sun Jun 23 08:53:20 1985
                1985-39-6 85 38 38 271 19 85 Sat Sep Sat Sep 28 08:53:20 1985
                1986-01-5 86 00 00 003 19 86 Fri Jan Fri Jan  3 08:53:20 1986
                1986-15-4 86 14 14 100 19 86 Thu Apr Thu Apr 10 08:53:20 1986
                1986-29-3 86 28 28 197 19 86 Wed Jul Wed Jul 16 08:53:20 1986
                1986-43-2 86 42 42 294 19 86 Tue Oct Tue Oct 21 08:53:20 1986
                1987-05-1 87 04 04 026 19 87 Mon Jan Mon Jan 26 08:53:20 1987
                1987-18-7 87 18 17 123 19 87 Sun May Sun May  3 08:53:20 1987
                1987-32-6 87 31 31 220 19 87 Sat Aug Sat Aug  8 08:53:20 1987
                1987-46-5 87 45 45 317 19 87 Fri Nov Fri Nov 13 08:53:20 1987
                1988-07-4 88 07 07 049 19 88 Thu Feb Thu Feb 18 08:53:20 1988
                1988-21-3 88 21 21 146 19 88 Wed May Wed May 25 08:53:20 1988
                1988-35-2 88 35 35 243 19 88 Tue Aug Tue Aug 30 08:53:20 1988
                1988-49-1 88 49 49 340 19 88 Mon Dec Mon Dec  5 08:53:20 1988
                1989-10-7 89 11 10 071 19 89 Sun Mar Sun Mar 12 08:53:20 1989
                1989-24-6 89 24 24 168 19 89 Sat Jun Sat Jun 17 08:53:20 1989
                1989-38-5 89 38 38 265 19 89 Fri Sep Fri Sep 22 08:53:20 1989
                1989-52-4 89 52 52 362 19 89 Thu Dec Thu Dec 28 08:53:20 1989
                1990-14-3 90 13 14 094 19 90 Wed Apr Wed Apr  4 08:53:20 1990
                1990-28-2 90 27 28 191 19 90 Tue Jul Tue Jul 10 08:53:20 1990
                1990-42-1 90 41 42 288 19 90 Mon Oct Mon Oct 15 08:53:20 1990
                1991-03-7 91 03 02 020 19 91 Sun Jan Sun Jan 20 08:53:20 1991
                1991-17-6 91 16 16 117 19 91 Sat Apr Sat Apr 27 08:53:20 1991
                1991-31-5 91 30 30 214 19 91 Fri Aug Fri Aug  2 08:53:20 1991
                1991-45-4 91 44 44 311 19 91 Thu Nov Thu Nov  7 08:53:20 1991
                1992-07-3 92 06 06 043 19 92 Wed Feb Wed Feb 12 08:53:20 1992
                1992-21-2 92 20 20 140 19 92 Tue May Tue May 19 08:53:20 1992
                1992-35-1 92 34 34 237 19 92 Mon Aug Mon Aug 24 08:53:20 1992
                1992-48-7 92 48 47 334 19 92 Sun Nov Sun Nov 29 08:53:20 1992
                1993-09-6 93 09 09 065 19 93 Sat Mar Sat Mar  6 08:53:20 1993
                1993-23-5 93 23 23 162 19 93 Fri Jun Fri Jun 11 08:53:20 1993
                1993-37-4 93 37 37 259 19 93 Thu Sep Thu Sep 16 08:53:20 1993
                1993-51-3 93 51 51 356 19 93 Wed Dec Wed Dec 22 08:53:20 1993
                1994-13-2 94 13 13 088 19 94 Tue Mar Tue Mar 29 08:53:20 1994
                1994-27-1 94 27 27 185 19 94 Mon Jul Mon Jul  4 08:53:20 1994
                1994-40-7 94 41 40 282 19 94 Sun Oct Sun Oct  9 08:53:20 1994
                1995-02-6 95 02 02 014 19 95 Sat Jan Sat Jan 14 08:53:20 1995
                1995-16-5 95 16 16 111 19 95 Fri Apr Fri Apr 21 08:53:20 1995
                1995-30-4 95 30 30 208 19 95 Thu Jul Thu Jul 27 08:53:20 1995
                1995-44-3 95 44 44 305 19 95 Wed Nov Wed Nov  1 08:53:20 1995
                1996-06-2 96 05 06 037 19 96 Tue Feb Tue Feb  6 08:53:20 1996
                1996-20-1 96 19 20 134 19 96 Mon May Mon May 13 08:53:20 1996
                1996-33-7 96 33 33 231 19 96 Sun Aug Sun Aug 18 08:53:20 1996
                1996-47-6 96 46 47 328 19 96 Sat Nov Sat Nov 23 08:53:20 1996
                1997-09-5 97 08 08 059 19 97 Fri Feb Fri Feb 28 08:53:20 1997
                1997-23-4 97 22 22 156 19 97 Thu Jun Thu Jun  5 08:53:20 1997
                1997-37-3 97 36 36 253 19 97 Wed Sep Wed Sep 10 08:53:20 1997
                1997-51-2 97 50 50 350 19 97 Tue Dec Tue Dec 16 08:53:20 1997
                1998-13-1 98 12 12 082 19 98 Mon Mar Mon Mar 23 08:53:20 1998
                1998-26-7 98 26 25 179 19 98 Sun Jun Sun Jun 28 08:53:20 1998
                1998-40-6 98 39 39 276 19 98 Sat Oct Sat Oct  3 08:53:20 1998
                1999-01-5 99 01 01 008 19 99 Fri Jan Fri Jan  8 08:53:20 1999
                1999-15-4 99 15 15 105 19 99 Thu Apr Thu Apr 15 08:53:20 1999
                1999-29-3 99 29 29 202 19 99 Wed Jul Wed Jul 21 08:53:20 1999
                1999-43-2 99 43 43 299 19 99 Tue Oct Tue Oct 26 08:53:20 1999
                2000-05-1 00 05 05 031 20 00 Mon Jan Mon Jan 31 08:53:20 2000
                2000-18-7 00 19 18 128 20 00 Sun May Sun May  7 08:53:20 2000
                2000-32-6 00 32 32 225 20 00 Sat Aug Sat Aug 12 08:53:20 2000
                2000-46-5 00 46 46 322 20 00 Fri Nov Fri Nov 17 08:53:20 2000
                2001-08-4 01 07 08 053 20 01 Thu Feb Thu Feb 22 08:53:20 2001
                2001-22-3 01 21 22 150 20 01 Wed May Wed May 30 08:53:20 2001
                2001-36-2 01 35 36 247 20 01 Tue Sep Tue Sep  4 08:53:20 2001
                2001-50-1 01 49 50 344 20 01 Mon Dec Mon Dec 10 08:53:20 2001
                2002-11-7 02 11 10 076 20 02 Sun Mar Sun Mar 17 08:53:20 2002
                2002-25-6 02 24 24 173 20 02 Sat Jun Sat Jun 22 08:53:20 2002
                2002-39-5 02 38 38 270 20 02 Fri Sep Fri Sep 27 08:53:20 2002
                2003-01-4 03 00 00 002 20 03 Thu Jan Thu Jan  2 08:53:20 2003
                2003-15-3 03 14 14 099 20 03 Wed Apr Wed Apr  9 08:53:20 2003
                2003-29-2 03 28 28 196 20 03 Tue Jul Tue Jul 15 08:53:20 2003
                2003-43-1 03 42 42 293 20 03 Mon Oct Mon Oct 20 08:53:20 2003
                2004-04-7 04 04 03 025 20 04 Sun Jan Sun Jan 25 08:53:20 2004
                2004-18-6 04 17 17 122 20 04 Sat May Sat May  1 08:53:20 2004
                2004-32-5 04 31 31 219 20 04 Fri Aug Fri Aug  6 08:53:20 2004
                2004-46-4 04 45 45 316 20 04 Thu Nov Thu Nov 11 08:53:20 2004
                2005-07-3 05 07 07 047 20 05 Wed Feb Wed Feb 16 08:53:20 2005
                2005-21-2 05 21 21 144 20 05 Tue May Tue May 24 08:53:20 2005
                2005-35-1 05 35 35 241 20 05 Mon Aug Mon Aug 29 08:53:20 2005
                2005-48-7 05 49 48 338 20 05 Sun Dec Sun Dec  4 08:53:20 2005
                2006-10-6 06 10 10 070 20 06 Sat Mar Sat Mar 11 08:53:20 2006
                2006-24-5 06 24 24 167 20 06 Fri Jun Fri Jun 16 08:53:20 2006
                2006-38-4 06 38 38 264 20 06 Thu Sep Thu Sep 21 08:53:20 2006
                2006-52-3 06 52 52 361 20 06 Wed Dec Wed Dec 27 08:53:20 2006
                2007-14-2 07 13 14 093 20 07 Tue Apr Tue Apr  3 08:53:20 2007
                2007-28-1 07 27 28 190 20 07 Mon Jul Mon Jul  9 08:53:20 2007
                2007-41-7 07 41 41 287 20 07 Sun Oct Sun Oct 14 08:53:20 2007
                2008-03-6 08 02 02 019 20 08 Sat Jan Sat Jan 19 08:53:20 2008
                2008-17-5 08 16 16 116 20 08 Fri Apr Fri Apr 25 08:53:20 2008
                2008-31-4 08 30 30 213 20 08 Thu Jul Thu Jul 31 08:53:20 2008
                2008-45-3 08 44 44 310 20 08 Wed Nov Wed Nov  5 08:53:20 2008
                2009-07-2 09 06 06 041 20 09 Tue Feb Tue Feb 10 08:53:20 2009
                2009-21-1 09 20 20 138 20 09 Mon May Mon May 18 08:53:20 2009
                2009-34-7 09 34 33 235 20 09 Sun Aug Sun Aug 23 08:53:20 2009
                2009-48-6 09 47 47 332 20 09 Sat Nov Sat Nov 28 08:53:20 2009
                2010-09-5 10 09 09 064 20 10 Fri Mar Fri Mar  5 08:53:20 2010
                2010-23-4 10 23 23 161 20 10 Thu Jun Thu Jun 10 08:53:20 2010
                2010-37-3 10 37 37 258 20 10 Wed Sep Wed Sep 15 08:53:20 2010
                2010-51-2 10 51 51 355 20 10 Tue Dec Tue Dec 21 08:53:20 2010
                2011-13-1 11 13 13 087 20 11 Mon Mar Mon Mar 28 08:53:20 2011
                2011-26-7 11 27 26 184 20 11 Sun Jul Sun Jul  3 08:53:20 2011
                2011-40-6 11 40 40 281 20 11 Sat Oct Sat Oct  8 08:53:20 2011
                2012-02-5 12 02 02 013 20 12 Fri Jan Fri Jan 13 08:53:20 2012
                2012-16-4 12 16 16 110 20 12 Thu Apr Thu Apr 19 08:53:20 2012
                2012-30-3 12 30 30 207 20 12 Wed Jul Wed Jul 25 08:53:20 2012
                2012-44-2 12 44 44 304 20 12 Tue Oct Tue Oct 30 08:53:20 2012
                2013-06-1 13 05 05 035 20 13 Mon Feb Mon Feb  4 08:53:20 2013
                2013-19-7 13 19 18 132 20 13 Sun May Sun May 12 08:53:20 2013
                2013-33-6 13 32 32 229 20 13 Sat Aug Sat Aug 17 08:53:20 2013
                2013-47-5 13 46 46 326 20 13 Fri Nov Fri Nov 22 08:53:20 2013
                2014-09-4 14 08 08 058 20 14 Thu Feb Thu Feb 27 08:53:20 2014
                2014-23-3 14 22 22 155 20 14 Wed Jun Wed Jun  4 08:53:20 2014
                2014-37-2 14 36 36 252 20 14 Tue Sep Tue Sep  9 08:53:20 2014
                2014-51-1 14 50 50 349 20 14 Mon Dec Mon Dec 15 08:53:20 2014
                2015-12-7 15 12 11 081 20 15 Sun Mar Sun Mar 22 08:53:20 2015
                2015-26-6 15 25 25 178 20 15 Sat Jun Sat Jun 27 08:53:20 2015
                2015-40-5 15 39 39 275 20 15 Fri Oct Fri Oct  2 08:53:20 2015
                2016-01-4 16 01 01 007 20 16 Thu Jan Thu Jan  7 08:53:20 2016
                2016-15-3 16 15 15 104 20 16 Wed Apr Wed Apr 13 08:53:20 2016
                2016-29-2 16 29 29 201 20 16 Tue Jul Tue Jul 19 08:53:20 2016
                2016-43-1 16 43 43 298 20 16 Mon Oct Mon Oct 24 08:53:20 2016
                2017-04-7 17 05 04 029 20 17 Sun Jan Sun Jan 29 08:53:20 2017
                2017-18-6 17 18 18 126 20 17 Sat May Sat May  6 08:53:20 2017
                2017-32-5 17 32 32 223 20 17 Fri Aug Fri Aug 11 08:53:20 2017
                2017-46-4 17 46 46 320 20 17 Thu Nov Thu Nov 16 08:53:20 2017
                2018-08-3 18 07 08 052 20 18 Wed Feb Wed Feb 21 08:53:20 2018
                2018-22-2 18 21 22 149 20 18 Tue May Tue May 29 08:53:20 2018
                2018-36-1 18 35 36 246 20 18 Mon Sep Mon Sep  3 08:53:20 2018
                2018-49-7 18 49 49 343 20 18 Sun Dec Sun Dec  9 08:53:20 2018
                2019-11-6 19 10 10 075 20 19 Sat Mar Sat Mar 16 08:53:20 2019
                2019-25-5 19 24 24 172 20 19 Fri Jun Fri Jun 21 08:53:20 2019
                2019-39-4 19 38 38 269 20 19 Thu Sep Thu Sep 26 08:53:20 2019
                2020-01-3 20 00 00 001 20 20 Wed Jan Wed Jan  1 08:53:20 2020
                2020-15-2 20 14 14 098 20 20 Tue Apr Tue Apr  7 08:53:20 2020
                2020-29-1 20 28 28 195 20 20 Mon Jul Mon Jul 13 08:53:20 2020
                2020-42-7 20 42 41 292 20 20 Sun Oct Sun Oct 18 08:53:20 2020
                2021-03-6 21 03 03 023 20 21 Sat Jan Sat Jan 23 08:53:20 2021
                2021-17-5 21 17 17 120 20 21 Fri Apr Fri Apr 30 08:53:20 2021
                2021-31-4 21 31 31 217 20 21 Thu Aug Thu Aug  5 08:53:20 2021
                2021-45-3 21 45 45 314 20 21 Wed Nov Wed Nov 10 08:53:20 2021
                2022-07-2 22 07 07 046 20 22 Tue Feb Tue Feb 15 08:53:20 2022
                2022-21-1 22 21 21 143 20 22 Mon May Mon May 23 08:53:20 2022
                2022-34-7 22 35 34 240 20 22 Sun Aug Sun Aug 28 08:53:20 2022
                2022-48-6 22 48 48 337 20 22 Sat Dec Sat Dec  3 08:53:20 2022
                2023-10-5 23 10 10 069 20 23 Fri Mar Fri Mar 10 08:53:20 2023
                2023-24-4 23 24 24 166 20 23 Thu Jun Thu Jun 15 08:53:20 2023
                2023-38-3 23 38 38 263 20 23 Wed Sep Wed Sep 20 08:53:20 2023
                2023-52-2 23 52 52 360 20 23 Tue Dec Tue Dec 26 08:53:20 2023
                2024-14-1 24 13 14 092 20 24 Mon Apr Mon Apr  1 08:53:20 2024
                2024-27-7 24 27 27 189 20 24 Sun Jul Sun Jul  7 08:53:20 2024
                2024-41-6 24 40 41 286 20 24 Sat Oct Sat Oct 12 08:53:20 2024
                2025-03-5 25 02 02 017 20 25 Fri Jan Fri Jan 17 08:53:20 2025
                2025-17-4 25 16 16 114 20 25 Thu Apr Thu Apr 24 08:53:20 2025
                2025-31-3 25 30 30 211 20 25 Wed Jul Wed Jul 30 08:53:20 2025
                2025-45-2 25 44 44 308 20 25 Tue Nov Tue Nov  4 08:53:20 2025
                2026-07-1 26 06 06 040 20 26 Mon Feb Mon Feb  9 08:53:20 2026
                2026-20-7 26 20 19 137 20 26 Sun May Sun May 17 08:53:20 2026
                2026-34-6 26 33 33 234 20 26 Sat Aug Sat Aug 22 08:53:20 2026
                2026-48-5 26 47 47 331 20 26 Fri Nov Fri Nov 27 08:53:20 2026
                2027-09-4 27 09 09 063 20 27 Thu Mar Thu Mar  4 08:53:20 2027
                2027-23-3 27 23 23 160 20 27 Wed Jun Wed Jun  9 08:53:20 2027
                2027-37-2 27 37 37 257 20 27 Tue Sep Tue Sep 14 08:53:20 2027
                2027-51-1 27 51 51 354 20 27 Mon Dec Mon Dec 20 08:53:20 2027
                2028-12-7 28 13 12 086 20 28 Sun Mar Sun Mar 26 08:53:20 2028
                2028-26-6 28 26 26 183 20 28 Sat Jul Sat Jul  1 08:53:20 2028
                2028-40-5 28 40 40 280 20 28 Fri Oct Fri Oct  6 08:53:20 2028
                2029-02-4 29 01 02 011 20 29 Thu Jan Thu Jan 11 08:53:20 2029
                2029-16-3 29 15 16 108 20 29 Wed Apr Wed Apr 18 08:53:20 2029
                2029-30-2 29 29 30 205 20 29 Tue Jul Tue Jul 24 08:53:20 2029
                2029-44-1 29 43 44 302 20 29 Mon Oct Mon Oct 29 08:53:20 2029
                2030-05-7 30 05 04 034 20 30 Sun Feb Sun Feb  3 08:53:20 2030
                2030-19-6 30 18 18 131 20 30 Sat May Sat May 11 08:53:20 2030
                2030-33-5 30 32 32 228 20 30 Fri Aug Fri Aug 16 08:53:20 2030
                2030-47-4 30 46 46 325 20 30 Thu Nov Thu Nov 21 08:53:20 2030
                2031-09-3 31 08 08 057 20 31 Wed Feb Wed Feb 26 08:53:20 2031
                2031-23-2 31 22 22 154 20 31 Tue Jun Tue Jun  3 08:53:20 2031
                2031-37-1 31 36 36 251 20 31 Mon Sep Mon Sep  8 08:53:20 2031
                2031-50-7 31 50 49 348 20 31 Sun Dec Sun Dec 14 08:53:20 2031
                2032-12-6 32 11 11 080 20 32 Sat Mar Sat Mar 20 08:53:20 2032
                2032-26-5 32 25 25 177 20 32 Fri Jun Fri Jun 25 08:53:20 2032
                2032-40-4 32 39 39 274 20 32 Thu Sep Thu Sep 30 08:53:20 2032
                2033-01-3 33 01 01 005 20 33 Wed Jan Wed Jan  5 08:53:20 2033
                2033-15-2 33 15 15 102 20 33 Tue Apr Tue Apr 12 08:53:20 2033
                time.struct_time(tm_year=2286, tm_mon=11, tm_mday=20, tm_hour=17, tm_min=46, tm_sec=40, tm_wday=5, tm_yday=324, tm_isdst=0) time.struct_time(tm_year=1653, tm_mon=2, tm_mday=10, tm_hour=6, tm_min=13, tm_sec=20, tm_wday=0, tm_yday=41, tm_isdst=0)
                GMT +0000
                """;
        assertEquals(expected, WeakrefModuleTest.runPython(source, "time_basic.py"));
    }

    /**
     * Local time in zones with and without daylight saving time, north and south. Expected
     * values: CPython 3.13 with {@code TZ} set to the zone: {@code int(time.mktime(t))} for
     * 2024-03-31 02:30 (isdst -1), 2024-10-27 02:30 (isdst 0, then 1), 2024-01-15 12:00 and
     * 2024-07-15 12:00 (isdst -1); {@code tzname}, {@code timezone}, {@code altzone};
     * {@code strftime} of {@code localtime(1720000000)} and of {@code localtime(1700000000)}.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Europe/Berlin|1711848600 1729992600 1729989000 1705316400 1721037600|CET CEST -3600 -7200"
                + "|2024-07-03 11:46:40 CEST +0200 Wed 185|CET +0100",
        "America/New_York|1711866600 1730014200 1730010600 1705338000 1721059200|EST EDT 18000 14400"
                + "|2024-07-03 05:46:40 EDT -0400 Wed 185|EST -0500",
        "Australia/Sydney|1711812600 1729960200 1729956600 1705280400 1721008800|AEST AEDT -36000 -39600"
                + "|2024-07-03 19:46:40 AEST +1000 Wed 185|AEDT +1100",
        "Asia/Kolkata|1711832400 1729976400 1729972800 1705300200 1721025000|IST IST -19800 -19800"
                + "|2024-07-03 15:16:40 IST +0530 Wed 185|IST +0530"})
    void localZones(String zoneName, String mktimes, String constants, String july, String november) {
        BuiltinTypes.boot();
        ZoneId zone = ZoneId.of(zoneName);
        int[][] fields = {{2024, 3, 31, 2, 30, -1}, {2024, 10, 27, 2, 30, 0}, {2024, 10, 27, 2, 30, 1},
            {2024, 1, 15, 12, 0, -1}, {2024, 7, 15, 12, 0, -1}};
        StringBuilder got = new StringBuilder();
        for (int[] f : fields) {
            TimeTm tm = new TimeTm();
            tm.year = f[0];
            tm.mon = f[1] - 1;
            tm.mday = f[2];
            tm.hour = f[3];
            tm.min = f[4];
            tm.isdst = f[5];
            got.append(got.isEmpty() ? "" : " ").append(tm.toEpochLocal(zone));
        }
        assertEquals(mktimes, got.toString());
        PyModule m = new PyModule("time");
        TimeModule.putZone(m, zone);
        String names = m.dict().getItem(PyStr.of("tzname")).toString();
        String c = Abstract.str(m.dict().getItem(PyStr.of("tzname"))).toString()
                .replaceAll("[(),']", "") + " " + m.dict().getItem(PyStr.of("timezone")) + " "
                + m.dict().getItem(PyStr.of("altzone"));
        assertEquals(constants, c, names);
        String fmt = "%Y-%m-%d %H:%M:%S %Z %z %a %j";
        assertEquals(july, TimeFormat.format(fmt, TimeTm.of(Instant.ofEpochSecond(1720000000L).atZone(zone), false), zone));
        assertEquals(november, TimeFormat.format("%Z %z", TimeTm.of(Instant.ofEpochSecond(1700000000L).atZone(zone), false),
                zone));
    }
}
