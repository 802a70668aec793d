package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code math} (arguments where Kaa matches CPython bit for bit; see MathModule for the others), run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program, with object addresses masked as {@code 0xX}.
 */
class MathModuleTest {
    @Test
    void functionsConstantsAndErrors() {
        String source = """
                import math
                vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 1e-300, 5e-324, 1e300, float('inf'), float('-inf'), float('nan'), 0.1, 3.0, 10.0, 100.5, -2.0, 1e-10, 0.999999, 1.000001, 7.25, -3.75, 42.0, 1e-5, 123456.789]
                def r(f, *a):
                    try: return repr(f(*a))
                    except Exception as e: return type(e).__name__ + ':' + str(e)
                for name in ['acosh', 'asinh', 'atanh', 'cos', 'cosh', 'exp', 'exp2', 'expm1', 'fabs', 'log1p', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'degrees', 'radians', 'isfinite', 'isinf', 'isnan', 'ulp', 'floor', 'ceil', 'trunc', 'frexp', 'modf', 'log', 'log2']:
                    f = getattr(math, name)
                    print(name, ' '.join(r(f, v) for v in vals))
                pairs = [(2.0, 0.5), (-8.0, 1/3), (0.0, -1.0), (10.0, 400.0), (2.0, 1024.0), (-2.0, 3.0), (1.5, -2.25), (float('inf'), -1.0), (-0.0, 3.0), (float('nan'), 0.0), (1.0, float('nan')), (7.0, 3.0), (-7.0, 3.0), (1e308, 10.0)]
                for name in ['copysign', 'fmod', 'remainder', 'pow', 'nextafter', 'log', 'hypot', 'isclose', 'dist']:
                    f = getattr(math, name)
                    if name == 'dist': f = lambda a, b: math.dist((a, b), (b, a))
                    print(name, ' '.join(r(f, a, b) for a, b in pairs))
                print([math.nextafter(1.0, 2.0, steps=k) for k in (0, 1, 5)], math.nextafter(0.0, -1.0, steps=3), math.nextafter(1.0, 1.0000000000000004, steps=100))
                print(math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10.0, -1.0), math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080))
                print([math.log(10**k) for k in (1, 10, 100, 400)], [math.log2(2**k) for k in (1, 10, 100, 2000)], [math.log10(10**k) for k in (1, 22, 23, 400)], math.log(2**1000, 2), math.log(10**500, 10))
                print(math.gcd(), math.gcd(12, -18, 30), math.lcm(), math.lcm(4, 6, 10), math.isqrt(10**50 + 7), math.factorial(30), math.comb(100, 50), math.perm(10), math.perm(10, 3), math.comb(10, 11))
                print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2**53, 1.0]), math.fsum([float('inf'), 1.0]))
                print(math.hypot(), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1e300, 1e300), math.hypot(1e-300, 1e-300), math.hypot(float('inf'), float('nan')))
                print(math.sumprod([1, 2], [3, 4]), math.sumprod([1.5, 2], [3, 4]), math.sumprod([0.1] * 3, [0.1] * 3), math.prod([1, 2, 3]), math.prod([1.5, 2]), math.prod([], start=5))
                print(math.pi, math.e, math.tau, math.inf, math.nan, math.gamma(5.0), math.lgamma(1.0), math.erf(0.0), math.erfc(0.0), math.log10(1000.0), math.lgamma(10.5), math.erf(0.5))
                print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(5), math.floor(1e20), math.ceil(True))
                print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
                for s in ['math.dist((1,), (1,2))', 'math.hypot(a=1)', 'math.fsum([math.inf, -math.inf])', 'math.fsum([1e308, 1e308])', 'math.factorial(-1)', 'math.factorial(1.0)', 'math.comb(-1, 2)', 'math.comb(1, -2)', 'math.perm(5, -1)', 'math.isqrt(-1)', 'math.sumprod([1], [1,2])', 'math.nextafter(1, 2, steps=-1)', 'math.ldexp(1, 2.0)', 'math.trunc("a")', 'math.floor("a")', 'math.log(0)', 'math.log(1, 1)', 'math.log(-5)', 'math.log("a")', 'math.sqrt("a")', 'math.isclose(1, 2, rel_tol=-1)', 'math.fma(1e308, 10, 0)', 'math.fma(math.inf, 0, 1)', 'math.gamma(0)', 'math.gamma(-1)', 'math.lgamma(0)', 'math.exp(1000)', 'math.pow(0, -1)', 'math.pow(-8, 1/3)', 'math.pow(10, 400)', 'math.fmod(1, 0)', 'math.remainder(1, 0)', 'math.comb(10**20, 10**19)', 'math.factorial(10**20)', 'math.gcd(1.5)', 'math.log2(0)', 'math.log10(-1)', 'math.copysign(1, "a")', 'math.atanh(1)', 'math.floor(math.inf)', 'math.ceil(math.nan)', 'math.acosh(0)', 'math.cosh(1000)', 'math.gamma(200)', 'math.lgamma(-2)', 'math.sqrt(-1)', 'math.acos(2)', 'math.sin(math.inf)']:
                    try: print(s, '->', eval(s))
                    except Exception as e: print(s, type(e).__name__, e)
                """;
        String expected = """
                acosh ValueError:math domain error ValueError:math domain error ValueError:math domain error 0.0 ValueError:math domain error 1.3169578969248166 ValueError:math domain error ValueError:math domain error 691.4686750787736 inf ValueError:math domain error nan ValueError:math domain error 1.762747174039086 2.993222846126381 5.3032801552774655 ValueError:math domain error ValueError:math domain error ValueError:math domain error 0.00141421344446382 2.669358110903154 ValueError:math domain error 4.430675045349548 ValueError:math domain error 12.416793667729424
                asinh 0.0 -0.0 0.48121182505960347 0.881373587019543 -0.881373587019543 1.4436354751788103 1e-300 5e-324 691.4686750787736 inf -inf nan 0.09983407889920758 1.8184464592320668 2.99822295029797 5.3033296590027215 -1.4436354751788103 1e-10 0.8813728799125851 0.8813742941261474 2.678871313462426 -2.0322246215338136 4.430958492080543 9.999999999833334e-06 12.41679366776223
                atanh 0.0 -0.0 0.5493061443340548 ValueError:math domain error ValueError:math domain error ValueError:math domain error 1e-300 5e-324 ValueError:math domain error ValueError:math domain error ValueError:math domain error nan 0.10033534773107558 ValueError:math domain error ValueError:math domain error ValueError:math domain error ValueError:math domain error 1e-10 7.254328619247669 ValueError:math domain error ValueError:math domain error ValueError:math domain error ValueError:math domain error 1.0000000000333335e-05 ValueError:math domain error
                cos 1.0 1.0 0.8775825618903728 0.5403023058681398 0.5403023058681398 -0.4161468365471424 1.0 1.0 -0.5753861119575491 ValueError:math domain error ValueError:math domain error nan 0.9950041652780258 -0.9899924966004454 -0.8390715290764524 0.9995206253283515 -0.4161468365471424 1.0 0.5403031473388544 0.5403014643968849 0.5679241732886948 -0.8205593573395608 -0.39998531498835127 0.99999999995 0.05167253271870138
                cosh 1.0 1.0 1.1276259652063807 1.5430806348152437 1.5430806348152437 3.7621956910836314 1.0 1.0 OverflowError:math range error inf inf nan 1.0050041680558035 10.067661995777765 11013.232920103324 2.2159779549229477e+43 3.7621956910836314 1.0 1.5430794596148216 1.5430818100172088 704.0527791895422 21.272299872959398 8.696374707602505e+17 1.00000000005 OverflowError:math range error
                exp 1.0 1.0 1.6487212707001282 2.718281828459045 0.36787944117144233 7.38905609893065 1.0 1.0 OverflowError:math range error inf 0.0 nan 1.1051709180756477 20.085536923187668 22026.465794806718 4.4319559098458955e+43 0.1353352832366127 1.0000000001 2.718279110178576 2.7182845467422325 1408.1048482046956 0.023517745856009107 1.739274941520501e+18 1.00001000005 OverflowError:math range error
                exp2 1.0 1.0 1.4142135623730951 2.0 0.5 4.0 1.0 1.0 OverflowError:math range error inf 0.0 nan 1.0717734625362931 8.0 1024.0 1.7927286711931566e+30 0.25 1.0000000000693148 1.9999986137061192 2.0000013862948416 152.2185107203483 0.07432544468767006 4398046511104.0 1.0000069314958282 OverflowError:math range error
                expm1 0.0 -0.0 0.6487212707001282 1.718281828459045 -0.6321205588285577 6.38905609893065 1e-300 5e-324 OverflowError:math range error inf -1.0 nan 0.10517091807564763 19.085536923187668 22025.465794806718 4.4319559098458955e+43 -0.8646647167633873 1.00000000005e-10 1.718279110178576 1.7182845467422325 1407.1048482046956 -0.9764822541439909 1.739274941520501e+18 1.0000050000166668e-05 OverflowError:math range error
                fabs 0.0 0.0 0.5 1.0 1.0 2.0 1e-300 5e-324 1e+300 inf inf nan 0.1 3.0 10.0 100.5 2.0 1e-10 0.999999 1.000001 7.25 3.75 42.0 1e-05 123456.789
                log1p 0.0 -0.0 0.4054651081081644 0.6931471805599453 ValueError:math domain error 1.0986122886681096 1e-300 5e-324 690.7755278982137 inf ValueError:math domain error nan 0.09531017980432487 1.3862943611198906 2.3978952727983707 4.620058798481842 ValueError:math domain error 9.999999999500001e-11 0.6931466805598203 0.6931476805598202 2.1102132003465894 ValueError:math domain error 3.7612001156935624 9.999950000333332e-06 11.72365458715315
                sin 0.0 -0.0 0.479425538604203 0.8414709848078965 -0.8414709848078965 0.9092974268256817 1e-300 5e-324 -0.8178819121159085 ValueError:math domain error ValueError:math domain error nan 0.09983341664682815 0.1411200080598672 -0.5440211108893698 -0.030959966783271346 -0.9092974268256817 1e-10 0.8414704445051698 0.8414715251097816 0.8230808790115055 0.5715613187423437 -0.9165215479156338 9.999999999833334e-06 -0.9986640823432246
                sinh 0.0 -0.0 0.5210953054937474 1.1752011936438014 -1.1752011936438014 3.626860407847019 1e-300 5e-324 OverflowError:math range error inf -inf nan 0.10016675001984403 10.017874927409903 11013.232874703393 2.2159779549229477e+43 -3.626860407847019 1e-10 1.1751996505637543 1.1752027367250237 704.0520690151534 -21.248782127103386 8.696374707602505e+17 1.0000000000166668e-05 OverflowError:math range error
                sqrt 0.0 -0.0 0.7071067811865476 1.0 ValueError:math domain error 1.4142135623730951 1e-150 2.2227587494850775e-162 1e+150 inf ValueError:math domain error nan 0.31622776601683794 1.7320508075688772 3.1622776601683795 10.024968827881711 ValueError:math domain error 1e-05 0.999999499999875 1.000000499999875 2.692582403567252 ValueError:math domain error 6.48074069840786 0.0031622776601683794 351.3641828644462
                tan 0.0 -0.0 0.5463024898437905 1.5574077246549023 -1.5574077246549023 -2.185039863261519 1e-300 5e-324 1.4214488238747245 ValueError:math domain error ValueError:math domain error nan 0.10033467208545055 -0.1425465430742778 0.6483608274590866 -0.030974815325197236 2.185039863261519 1e-10 1.5574042991414163 1.5574111501790577 1.4492795301268253 -0.6965508511114601 2.2913879924374863 1.0000000000333334e-05 -19.32678794321585
                tanh 0.0 -0.0 0.46211715726000974 0.7615941559557649 -0.7615941559557649 0.9640275800758169 1e-300 5e-324 1.0 1.0 -1.0 nan 0.09966799462495582 0.9950547536867305 0.9999999958776927 1.0 -0.9640275800758169 1e-10 0.7615937359811034 0.7615945759297866 0.9999989913051835 -0.9988944427261528 1.0 9.999999999666668e-06 1.0
                degrees 0.0 -0.0 28.64788975654116 57.29577951308232 -57.29577951308232 114.59155902616465 5.729577951308232e-299 2.8e-322 5.729577951308233e+301 inf -inf nan 5.729577951308233 171.88733853924697 572.9577951308232 5758.225841064774 -114.59155902616465 5.729577951308233e-09 57.29572221730281 57.29583680886183 415.39440146984685 -214.8591731740587 2406.4227395494577 0.0005729577951308233 7073552.961937128
                radians 0.0 -0.0 0.008726646259971648 0.017453292519943295 -0.017453292519943295 0.03490658503988659 1.7453292519943295e-302 0.0 1.7453292519943297e+298 inf -inf nan 0.0017453292519943296 0.05235987755982989 0.17453292519943295 1.7540558982543013 -0.03490658503988659 1.7453292519943296e-12 0.017453275066650776 0.017453309973235815 0.1265363707695889 -0.06544984694978735 0.7330382858376184 1.7453292519943297e-07 2154.727451989918
                isfinite True True True True True True True True True False False False True True True True True True True True True True True True True
                isinf False False False False False False False False False True True False False False False False False False False False False False False False False
                isnan False False False False False False False False False False False True False False False False False False False False False False False False False
                ulp 5e-324 5e-324 1.1102230246251565e-16 2.220446049250313e-16 2.220446049250313e-16 4.440892098500626e-16 1.6578092e-316 5e-324 1.487016908477783e+284 inf inf nan 1.3877787807814457e-17 4.440892098500626e-16 1.7763568394002505e-15 1.4210854715202004e-14 4.440892098500626e-16 1.2924697071141057e-26 1.1102230246251565e-16 2.220446049250313e-16 8.881784197001252e-16 4.440892098500626e-16 7.105427357601002e-15 1.6940658945086007e-21 1.4551915228366852e-11
                floor 0 0 0 1 -1 2 0 0 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160 OverflowError:cannot convert float infinity to integer OverflowError:cannot convert float infinity to integer ValueError:cannot convert float NaN to integer 0 3 10 100 -2 0 0 1 7 -4 42 0 123456
                ceil 0 0 1 1 -1 2 1 1 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160 OverflowError:cannot convert float infinity to integer OverflowError:cannot convert float infinity to integer ValueError:cannot convert float NaN to integer 1 3 10 101 -2 1 1 2 8 -3 42 1 123457
                trunc 0 0 0 1 -1 2 0 0 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160 OverflowError:cannot convert float infinity to integer OverflowError:cannot convert float infinity to integer ValueError:cannot convert float NaN to integer 0 3 10 100 -2 0 0 1 7 -3 42 0 123456
                frexp (0.0, 0) (-0.0, 0) (0.5, 0) (0.5, 1) (-0.5, 1) (0.5, 2) (0.6696928794914171, -996) (0.5, -1073) (0.7466108948025751, 997) (inf, 0) (-inf, 0) (nan, 0) (0.8, -3) (0.75, 2) (0.625, 4) (0.78515625, 7) (-0.5, 2) (0.8589934592, -33) (0.999999, 0) (0.5000005, 1) (0.90625, 3) (-0.9375, 2) (0.65625, 6) (0.65536, -16) (0.9419005508422852, 17)
                modf (0.0, 0.0) (-0.0, -0.0) (0.5, 0.0) (0.0, 1.0) (-0.0, -1.0) (0.0, 2.0) (1e-300, 0.0) (5e-324, 0.0) (0.0, 1e+300) (0.0, inf) (-0.0, -inf) (nan, nan) (0.1, 0.0) (0.0, 3.0) (0.0, 10.0) (0.5, 100.0) (-0.0, -2.0) (1e-10, 0.0) (0.999999, 0.0) (9.999999999177334e-07, 1.0) (0.25, 7.0) (-0.75, -3.0) (0.0, 42.0) (1e-05, 0.0) (0.7890000000043074, 123456.0)
                log ValueError:math domain error ValueError:math domain error -0.6931471805599453 0.0 ValueError:math domain error 0.6931471805599453 -690.7755278982137 -744.4400719213812 690.7755278982137 inf ValueError:math domain error nan -2.3025850929940455 1.0986122886681098 2.302585092994046 4.61015772749913 ValueError:math domain error -23.025850929940457 -1.000000500029089e-06 9.999994999180668e-07 1.9810014688665833 ValueError:math domain error 3.7376696182833684 -11.512925464970229 11.723646487185881
                log2 ValueError:math domain error ValueError:math domain error -1.0 0.0 ValueError:math domain error 1.0 -996.5784284662087 -1074.0 996.5784284662087 inf ValueError:math domain error nan -3.321928094887362 1.584962500721156 3.321928094887362 6.651051691178929 ValueError:math domain error -33.219280948873624 -1.4426957622784505e-06 1.4426943194232382e-06 2.8579809951275723 ValueError:math domain error 5.392317422778761 -16.609640474436812 16.913646648198387
                copysign 2.0 8.0 -0.0 10.0 2.0 2.0 -1.5 -inf 0.0 nan 1.0 7.0 7.0 1e+308
                fmod 0.0 -4.440892098500626e-16 0.0 10.0 2.0 -2.0 1.5 ValueError:math domain error -0.0 nan nan 1.0 -1.0 6.0
                remainder 0.0 -4.440892098500626e-16 0.0 10.0 2.0 1.0 -0.75 ValueError:math domain error -0.0 nan nan 1.0 -1.0 -4.0
                pow 1.4142135623730951 ValueError:math domain error ValueError:math domain error OverflowError:math range error OverflowError:math range error -8.0 0.40160089049326436 0.0 -0.0 1.0 1.0 343.0 -343.0 OverflowError:math range error
                nextafter 1.9999999999999998 -7.999999999999999 -5e-324 10.000000000000002 2.0000000000000004 -1.9999999999999998 1.4999999999999998 1.7976931348623157e+308 5e-324 nan nan 6.999999999999999 -6.999999999999999 9.999999999999998e+307
                log -1.0 ValueError:math domain error ValueError:math domain error 0.3843108934201205 0.09999999999999999 ValueError:math domain error ValueError:math domain error ValueError:math domain error ValueError:math domain error ValueError:math domain error nan 1.7712437491614221 ValueError:math domain error 308.0
                hypot 2.0615528128088303 8.006941432976209 1.0 400.12498047485116 1024.0019531231374 3.605551275463989 2.704163456597992 inf 3.0 nan nan 7.615773105863909 7.615773105863909 1e+308
                isclose False False False False False False False False False False False False False False
                dist 2.1213203435596424 11.785113019775793 1.4142135623730951 551.5432893255071 1445.3262607453032 7.0710678118654755 5.303300858899107 inf 4.242640687119285 nan nan 5.656854249492381 14.142135623730951 1.4142135623730951e+308
                [1.0, 1.0000000000000002, 1.000000000000001] -1.5e-323 1.0000000000000004
                10.0 5.551115123125783e-17 12.0 5e-324 0.0
                [2.302585092994046, 23.025850929940457, 230.25850929940458, 921.0340371976182] [1.0, 10.0, 100.0, 2000.0] [1.0, 22.0, 23.0, 400.0] 1000.0000000000001 499.99999999999983
                0 6 1 60 10000000000000000000000000 265252859812191058636308480000000 100891344545564193334812497256 3628800 720 0
                1.0 1e-100 0.0 9007199254740994.0 inf
                0.0 5.0 13.0 1.4142135623730952e+300 1.414213562373095e-300 inf
                11 12.5 0.030000000000000002 6 3.0 5
                3.141592653589793 2.718281828459045 6.283185307179586 inf nan 24.0 0.0 0.0 1.0 3.0 13.940625219403763 0.5204998778130465
                -3 -2 -2 5 100000000000000000000 1
                True True True
                math.dist((1,), (1,2)) ValueError both points must have the same number of dimensions
                math.hypot(a=1) TypeError math.hypot() takes no keyword arguments
                math.fsum([math.inf, -math.inf]) ValueError -inf + inf in fsum
                math.fsum([1e308, 1e308]) OverflowError intermediate overflow in fsum
                math.factorial(-1) ValueError factorial() not defined for negative values
                math.factorial(1.0) TypeError 'float' object cannot be interpreted as an integer
                math.comb(-1, 2) ValueError n must be a non-negative integer
                math.comb(1, -2) ValueError k must be a non-negative integer
                math.perm(5, -1) ValueError k must be a non-negative integer
                math.isqrt(-1) ValueError isqrt() argument must be nonnegative
                math.sumprod([1], [1,2]) ValueError Inputs are not the same length
                math.nextafter(1, 2, steps=-1) ValueError steps must be a non-negative integer
                math.ldexp(1, 2.0) TypeError Expected an int as second argument to ldexp.
                math.trunc("a") TypeError type str doesn't define __trunc__ method
                math.floor("a") TypeError must be real number, not str
                math.log(0) ValueError math domain error
                math.log(1, 1) ZeroDivisionError float division by zero
                math.log(-5) ValueError math domain error
                math.log("a") TypeError must be real number, not str
                math.sqrt("a") TypeError must be real number, not str
                math.isclose(1, 2, rel_tol=-1) ValueError tolerances must be non-negative
                math.fma(1e308, 10, 0) OverflowError overflow in fma
                math.fma(math.inf, 0, 1) ValueError invalid operation in fma
                math.gamma(0) ValueError math domain error
                math.gamma(-1) ValueError math domain error
                math.lgamma(0) ValueError math domain error
                math.exp(1000) OverflowError math range error
                math.pow(0, -1) ValueError math domain error
                math.pow(-8, 1/3) ValueError math domain error
                math.pow(10, 400) OverflowError math range error
                math.fmod(1, 0) ValueError math domain error
                math.remainder(1, 0) ValueError math domain error
                math.comb(10**20, 10**19) OverflowError min(n - k, k) must not exceed 9223372036854775807
                math.factorial(10**20) OverflowError factorial() argument should not exceed 9223372036854775807
                math.gcd(1.5) TypeError 'float' object cannot be interpreted as an integer
                math.log2(0) ValueError math domain error
                math.log10(-1) ValueError math domain error
                math.copysign(1, "a") TypeError must be real number, not str
                math.atanh(1) ValueError math domain error
                math.floor(math.inf) OverflowError cannot convert float infinity to integer
                math.ceil(math.nan) ValueError cannot convert float NaN to integer
                math.acosh(0) ValueError math domain error
                math.cosh(1000) OverflowError math range error
                math.gamma(200) OverflowError math range error
                math.lgamma(-2) ValueError math domain error
                math.sqrt(-1) ValueError math domain error
                math.acos(2) ValueError math domain error
                math.sin(math.inf) ValueError math domain error
                """;
        assertEquals(expected, FunctoolsModuleTest.runPython(source, "math_exact.py"));
    }
}
